import type { ConsumedEvent } from '@palimpsest/kafka';
import { claimEvents, inboxEntries } from '@palimpsest/persistence';
import type { EntityManager } from 'typeorm';
import type { AlertsResources } from '../alerts-resources';

/**
 * Runs `apply` over the events of `batch` not applied before (first copy of
 * each), in one transaction with the consumer's claims and progress
 * (docs/architecture.md, invariant 4).
 *
 * The transaction first locks every report the batch touches. Figure changes
 * wait for their revision to be known and for all of the revision's changes,
 * and the revisions and analyses topics of one report may be read by different
 * alerts instances at the same moment. Without the lock, the last change could
 * see "revision unknown" while the revision, not yet seeing that change, saw
 * an incomplete analysis, and the alert would never be sent. The locks are
 * taken in one order (of their keys) everywhere so two instances cannot deadlock.
 */
export async function applyBatchOnce<T>(
  resources: AlertsResources,
  batch: readonly ConsumedEvent[],
  apply: (manager: EntityManager, fresh: ConsumedEvent[]) => Promise<T>,
): Promise<T> {
  const reports = [...new Set(batch.map(({ event }) => `alerts.report:${event.reportId}`))];
  return resources.dataSource.transaction(async (manager) => {
    await manager.query(
      // Sorted in a subquery by the lock key itself (a sort in the outer query may run after the locks
      // are taken), so two reports whose names hash alike still lock in one order.
      `SELECT pg_advisory_xact_lock(key)
       FROM (SELECT DISTINCT hashtext(report) AS key FROM unnest($1::text[]) AS report ORDER BY key) AS sorted`,
      [reports],
    );
    const claimed = await claimEvents(manager, 'alerts', resources.config.consumerGroup, inboxEntries(batch));
    return apply(
      manager,
      batch.filter(({ event }) => claimed.delete(event.id)),
    );
  });
}
