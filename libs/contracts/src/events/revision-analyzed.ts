import { z } from 'zod/v4';
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

/**
 * The limits an analysis ran into, stated so that nothing is cut silently: a
 * document carries at most `figureLimit` figures (the first ones in document
 * order), and work on steps that are inherently super-linear stops at a cap.
 */
export const analysisLimitsSchema = z.object({
  /** Figures the document holds, including any past the limit. */
  figuresFound: z.number().int().nonnegative(),
  /** Most figures one revision carries; null where the analysis predates the limit (v1). */
  figureLimit: z.number().int().positive().nullable(),
  /** Names of the work caps that were hit (for example "block-pairing"); empty when none was. */
  capsHit: z.array(z.string().min(1)),
});

/** v2 adds `limits`, so a truncated figure list or a capped diff says so. */
export const revisionAnalyzedV2 = revisionAnalyzedV1.extend({ limits: analysisLimitsSchema });

export type AnalysisLimits = z.infer<typeof analysisLimitsSchema>;
export type RevisionAnalyzedPayloadV1 = z.infer<typeof revisionAnalyzedV1>;
export type RevisionAnalyzedPayload = z.infer<typeof revisionAnalyzedV2>;
