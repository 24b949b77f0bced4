import { BadRequestException } from '@nestjs/common';

/**
 * The read models one rebuild covers. The projection app applies every event
 * to all of its read models in one transaction, so they are rebuilt together
 * and stay consistent with one another. Alerts is no read model: its
 * deliveries are decided once per subscription and never rebuilt or re-sent.
 */
export const REBUILDABLE_PROJECTIONS = ['projection'] as const;

export function parseRebuildRequest(body: unknown): (typeof REBUILDABLE_PROJECTIONS)[number] {
  const name = (body as { projection?: unknown } | null)?.projection ?? 'projection';
  if (name === 'alerts') {
    throw new BadRequestException('alerts keeps no read model built from the log: its deliveries are never re-sent');
  }
  if (!REBUILDABLE_PROJECTIONS.includes(name as never)) {
    throw new BadRequestException(`unknown projection "${String(name)}"; known: ${REBUILDABLE_PROJECTIONS.join(', ')}`);
  }
  return 'projection';
}
