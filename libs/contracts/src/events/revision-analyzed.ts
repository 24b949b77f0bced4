import { z } from 'zod';
import { blockChangeSchema, figureSchema } from '../schemas';

export const REVISION_ANALYZED = 'RevisionAnalyzed';

/** Figures of one revision and its diff against the previous one, by one analyzer version. */
export const revisionAnalyzedV1 = z.object({
  revision: z.number().int().positive(),
  previousRevision: z.number().int().positive().nullable(),
  analyzerVersion: z.string().min(1),
  figures: z.array(figureSchema),
  blocks: z.array(blockChangeSchema),
  figureChangeCount: z.number().int().nonnegative(),
  silentEdit: z.boolean(),
});

export type RevisionAnalyzedPayload = z.infer<typeof revisionAnalyzedV1>;
