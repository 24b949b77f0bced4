import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';

// What the query API answers, as zod schemas the OpenAPI document is made from.
// The repositories' row shapers (row-shapes.ts and each repository) build these.

const instant = z.string().describe('ISO 8601 UTC instant');
const nullableInstant = instant.nullable();
const list = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable().describe('pass as "cursor" for the next page') });

export const report = z.object({
  id: z.string(),
  url: z.string(),
  canonicalUrl: z.string(),
  publisher: z.string(),
  title: z.string().nullable(),
  publishedAt: z.string().nullable().describe('ISO 8601 date'),
  firstSeenAt: nullableInstant,
  lastRevisedAt: nullableInstant,
  revisionCount: z.number().int(),
});

const figure = z.object({
  key: z.string().describe('section and what is counted, e.g. followers/account-follow-page'),
  label: z.string(),
  section: z.string().nullable(),
  value: z.number(),
  qualifier: z.string().nullable().describe('e.g. "about", "less than"'),
  unit: z.string().nullable(),
  text: z.string(),
  revision: z.number().int(),
  analyzerVersion: z.number().int(),
});

const revisionSummary = z.object({
  revision: z.number().int(),
  observedAt: instant,
  effectiveAt: instant,
  contentHash: z.string(),
  previousHash: z.string().nullable(),
  title: z.string().nullable(),
  analysis: z
    .object({
      analyzerVersion: z.number().int(),
      figureChanges: z.number().int(),
      silentEdit: z.boolean(),
      figuresFound: z.number().int().nullable(),
      figureLimit: z.number().int().nullable(),
      figuresTruncated: z.boolean().describe('figures past the limit were left out'),
      capsHit: z.array(z.string()),
    })
    .nullable(),
});

const amendment = z.object({
  id: z.string(),
  revision: z.number().int(),
  kind: z.string(),
  raw: z.string().describe('the note as it reads'),
  effectiveAt: nullableInstant,
  statedAt: z.string().nullable(),
  precision: z.string().nullable(),
  timezone: z.string().nullable(),
  reason: z.string().nullable(),
  observedAt: instant,
});

const figureState = z.object({
  value: z.number().nullable(),
  qualifier: z.string().nullable(),
  unit: z.string().nullable(),
});

export const historyPoint = z.object({
  reportId: z.string(),
  key: z.string(),
  revision: z.number().int(),
  change: z.enum(['added', 'removed', 'changed', 'requalified']),
  ...figureState.shape,
  text: z.string().nullable(),
  from: figureState.nullable().describe('the value before this change'),
  label: z.string().nullable(),
  section: z.string().nullable(),
  silentEdit: z.boolean(),
  observedAt: instant,
  effectiveAt: instant,
  analyzerVersion: z.number().int(),
  validFrom: instant,
  validTo: nullableInstant,
  recordedFrom: instant,
  recordedTo: nullableInstant,
});

const sum = z.object({
  total: z.unknown().describe('the stated total figure'),
  parts: z.unknown().describe('the figures it is the sum of'),
  partsSum: z.number(),
  holds: z.boolean(),
  heldBefore: z.boolean(),
  breaksEarlierSum: z.boolean(),
});

const consistency = z.object({
  revision: z.number().int(),
  analyzerVersion: z.number().int(),
  consistent: z.boolean(),
  breaksEarlierSum: z.boolean(),
  sumsCapped: z.boolean().describe('the search for sums stopped at its cap'),
  sums: z.array(sum),
});

const revisionAt = z.object({ revision: z.number().int(), observedAt: instant, effectiveAt: instant }).nullable();

export class ReportDto extends createZodDto(report) {}
export class ReportPageDto extends createZodDto(page(report)) {}
export class RevisionListDto extends createZodDto(list(revisionSummary)) {}
export class AmendmentListDto extends createZodDto(list(amendment)) {}
export class FiguresDto extends createZodDto(
  z.object({
    asOf: instant.optional().describe('present when read as of an instant'),
    axis: z.enum(['effective', 'observed']).optional(),
    revision: revisionAt.optional().describe('the revision in effect (or known) at asOf'),
    items: z.array(
      figure.extend({
        validFrom: instant.optional(),
        validTo: nullableInstant.optional(),
        recordedFrom: instant.optional(),
        recordedTo: nullableInstant.optional(),
      }),
    ),
  }),
) {}
export class FigureHistoryDto extends createZodDto(
  z.object({ key: z.string().optional(), items: z.array(historyPoint) }),
) {}
export class ChangesPageDto extends createZodDto(
  page(historyPoint.extend({ id: z.string(), url: z.string().nullable(), title: z.string().nullable() })),
) {}
export class ConsistencyListDto extends createZodDto(list(consistency)) {}
export class SilentEditListDto extends createZodDto(
  list(
    z.object({
      reportId: z.string(),
      url: z.string().nullable(),
      title: z.string().nullable(),
      revision: z.number().int(),
      analyzerVersion: z.number().int(),
      figureChanges: z.number().int(),
      observedAt: instant,
      effectiveAt: instant,
    }),
  ),
) {}

const revisionStep = z.object({
  revision: z.number().int(),
  observedAt: instant,
  effectiveAt: instant,
  contentHash: z.string(),
});

export class RevisionDto extends createZodDto(
  z
    .object({
      reportId: z.string(),
      revision: z.number().int(),
      observedAt: instant,
      effectiveAt: instant,
      document: z.record(z.string(), z.unknown()).describe('the normalised document as recorded'),
      documentText: z.string(),
      amendments: z.array(amendment),
      consistency: consistency.nullable(),
    })
    .loose(),
) {}
export class RevisionDiffDto extends createZodDto(
  z
    .object({
      reportId: z.string(),
      from: revisionStep,
      to: revisionStep,
      analyzerVersion: z.number().int(),
      silentEdit: z.boolean(),
      figureChanges: z.array(z.record(z.string(), z.unknown())),
      blocks: z.array(z.record(z.string(), z.unknown())),
      steps: z.array(z.record(z.string(), z.unknown())).describe('the silent-edit verdict of each step between'),
    })
    .loose(),
) {}
