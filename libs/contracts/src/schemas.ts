import { datetimeRegex } from 'zod';
import { z } from 'zod/v4';

// Wire schemas for the text model that events carry. They mirror
// @palimpsest/text's model types (contracts may not import text). Documents,
// figures, block changes and figure changes are compared with the text model's
// types in apps/diff/src/revisions/analyze-revision/wire-model.spec.ts, which
// stops compiling when a field differs, optional ones included.

// Events are validated with zod 4 (`zod/v4`, shipped inside zod 3.25): it checks an event several
// times faster than zod 3, and every consumer and every rebuild validates every event it reads.
// The instant pattern stays zod 3's own, built once, so what passes as an instant is unchanged.
const ISO_INSTANT = datetimeRegex({ precision: null, offset: true, local: false });
export const isoInstant = z.string().regex(ISO_INSTANT, 'Invalid datetime');
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
export const qualifierSchema = z.enum(['exact', 'about', 'more_than', 'less_than', 'at_least', 'at_most']);

export const blockSchema = z.object({
  id: z.string(),
  kind: z.enum(['heading', 'paragraph', 'list-item', 'quote', 'table-row']),
  text: z.string(),
  label: z.string().optional(),
  start: z.number().int().nonnegative(),
});

export const documentSchema = z.object({
  title: z.string().nullable(),
  publishedAt: isoDate.nullable(),
  sections: z.array(z.object({ heading: z.string().nullable(), blocks: z.array(blockSchema) })),
});

export const figureValueSchema = z.object({
  value: z.number().finite(),
  qualifier: qualifierSchema,
  unit: z.string().min(1),
  text: z.string(),
});

export const figureSchema = figureValueSchema.extend({
  key: z.string().min(1),
  label: z.string(),
  section: z.string().nullable(),
  blockId: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

const blockRefSchema = z.object({ blockId: z.string(), index: z.number().int(), text: z.string() });

export const blockChangeSchema = z.object({
  change: z.enum(['added', 'removed', 'changed', 'moved']),
  from: blockRefSchema.nullable(),
  to: blockRefSchema.nullable(),
  hunks: z.array(z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() })).optional(),
});

export const figureChangeKindSchema = z.enum(['added', 'removed', 'changed', 'requalified']);
