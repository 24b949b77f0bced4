import { PalimpsestEvent } from '@palimpsest/contracts';
import { EventPosition } from '@palimpsest/kafka';
import { claimEvent } from '@palimpsest/persistence';
import { EntityManager } from 'typeorm';
import { AlertsResources } from '../alerts-resources';

/**
 * Runs `apply` in one transaction with the consumer's claim and progress
 * (invariant 4). Returns null when the event was applied before.
 */
export async function applyOnce<T>(
  resources: AlertsResources,
  event: PalimpsestEvent,
  position: EventPosition,
  apply: (manager: EntityManager) => Promise<T>,
): Promise<T | null> {
  return resources.dataSource.transaction(async (manager) => {
    const claimed = await claimEvent(manager, 'alerts', resources.config.consumerGroup, event.id, position);
    return claimed ? apply(manager) : null;
  });
}
