import { z } from 'zod/v4';
import { documentSchema, isoDate } from '../schemas';

export const REVISION_RECORDED = 'RevisionRecorded';

/** A capture whose normalised content differs from the report's last revision. */
export const revisionRecordedV1 = z.object({
  url: z.string().url(),
  canonicalUrl: z.string().url(),
  revision: z.number().int().positive(),
  contentHash: z.string().min(1),
  previousHash: z.string().nullable(),
  publishedAt: isoDate.nullable(),
  document: documentSchema,
  /** Ids of the AmendmentNoted events first seen in this revision. */
  amendmentIds: z.array(z.string()),
});

/** How the page reached us. v1 events predate the field and are read as 'unrecorded'. */
export const captureSourceSchema = z.enum(['api', 'cli', 'watcher', 'warc', 'unrecorded']);
export type CaptureSource = z.infer<typeof captureSourceSchema>;

/** v2 adds `captureSource`, so operators can tell pushed captures from watched or imported ones. */
export const revisionRecordedV2 = revisionRecordedV1.extend({ captureSource: captureSourceSchema });

export type RevisionRecordedPayloadV1 = z.infer<typeof revisionRecordedV1>;
export type RevisionRecordedPayload = z.infer<typeof revisionRecordedV2>;
