import { PalimpsestEvent } from '@palimpsest/contracts';
import { EventPosition } from '@palimpsest/kafka';
import { claimEvent } from '@palimpsest/persistence';
import { EntityManager } from 'typeorm';
import { AlertsResources } from '../alerts-resources';

/**
 * Runs `apply` in one transaction with the consumer's claim and progress
 * (invariant 4). Returns null when the event was applied before.
 *
 * The transaction first takes a lock on the event's report. A figure change whose revision is
 * not known yet is parked, and the revision releases what is parked for it. With several alerts
 * instances, the two topics' partitions of one report may be read by different instances at
 * the same moment. Without the lock, the change could see "revision unknown" and park while the
 * revision, not yet seeing the park, released nothing, and the alert would never be sent.
 */
export async function applyOnce<T>(
  resources: AlertsResources,
  event: PalimpsestEvent,
  position: EventPosition,
  apply: (manager: EntityManager) => Promise<T>,
): Promise<T | null> {
  return resources.dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`alerts.report:${event.reportId}`]);
    const claimed = await claimEvent(manager, 'alerts', resources.config.consumerGroup, event.id, position);
    return claimed ? apply(manager) : null;
  });
}
