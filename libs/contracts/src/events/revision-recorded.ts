import { z } from 'zod';
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

export type RevisionRecordedPayload = z.infer<typeof revisionRecordedV1>;
