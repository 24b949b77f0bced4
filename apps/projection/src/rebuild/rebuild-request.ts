import { readRequest } from '@palimpsest/platform';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';

/**
 * The read models one rebuild covers. The projection app applies every event
 * to all of its read models in one transaction, so they are rebuilt together
 * and stay consistent with one another. Alerts is no read model: its
 * deliveries are decided once per subscription and never rebuilt or re-sent.
 */
export const REBUILDABLE_PROJECTIONS = ['projection'] as const;

const unknownProjection = (name: unknown) =>
  `unknown projection "${String(name)}"; known: ${REBUILDABLE_PROJECTIONS.join(', ')}`;

const rebuildFields = z.object({
  projection: z
    .string({ error: ({ input }) => unknownProjection(input) })
    .superRefine((name, context) => {
      if (name === 'alerts')
        context.addIssue({
          code: 'custom',
          message: 'alerts keeps no read model built from the log: its deliveries are never re-sent',
        });
      else if (!(REBUILDABLE_PROJECTIONS as readonly string[]).includes(name))
        context.addIssue({ code: 'custom', message: unknownProjection(name) });
    })
    .default('projection')
    .describe(`what to rebuild: ${REBUILDABLE_PROJECTIONS.join(', ')} (the default)`),
});

export class RebuildRequestDto extends createZodDto(rebuildFields) {}

/** The body is optional: no body rebuilds the projection's read models. */
export function parseRebuildRequest(body: unknown): (typeof REBUILDABLE_PROJECTIONS)[number] {
  readRequest(rebuildFields.nullish(), body);
  return 'projection';
}
