import { z } from 'zod/v4';
import { figureChangeKindSchema, figureValueSchema } from '../schemas';

export const FIGURE_CHANGED = 'FigureChanged';

/** One figure added, removed, changed in value, or requalified between two revisions. */
export const figureChangedV1 = z.object({
  revision: z.number().int().positive(),
  previousRevision: z.number().int().positive().nullable(),
  analyzerVersion: z.string().min(1),
  key: z.string().min(1),
  label: z.string(),
  section: z.string().nullable(),
  change: figureChangeKindSchema,
  from: figureValueSchema.nullable(),
  to: figureValueSchema.nullable(),
  /** The revision changed figures without a new amendment note. */
  silentEdit: z.boolean(),
});

export type FigureChangedPayload = z.infer<typeof figureChangedV1>;
