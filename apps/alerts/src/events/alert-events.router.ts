import { Injectable } from '@nestjs/common';
import { PalimpsestEvent } from '@palimpsest/contracts';
import { ConsumedEvent, EventRouter, InvalidEventError } from '@palimpsest/kafka';
import { notifySql } from '@palimpsest/persistence';
import { EntityManager } from 'typeorm';
import { AlertsResources } from '../alerts-resources';
import { DELIVERIES_CHANNEL } from '../deliveries/deliveries.repository';
import { DeliveryWorker } from '../deliveries/send-deliveries/delivery-worker';
import { Subscription } from '../subscriptions/subscription';
import { SubscriptionsRepository } from '../subscriptions/subscriptions.repository';
import { applyBatchOnce } from './apply-event';
import { ActiveSubscriptions } from './decide-alerts.service';
import { ParkedChange, PendingRevisionsRepository, RevisionKey } from './pending-revisions.repository';
import { ReportEventsService } from './report-events.service';
import { RevisionAlertsService } from './revision-alerts.service';

/** What alerts does with a batch of events from the revisions or analyses topic: one transaction. */
@Injectable()
export class AlertEventsRouter implements EventRouter {
  constructor(
    private readonly resources: AlertsResources,
    private readonly reports: ReportEventsService,
    private readonly pending: PendingRevisionsRepository,
    private readonly revisions: RevisionAlertsService,
    private readonly subscriptions: SubscriptionsRepository,
    private readonly worker: DeliveryWorker,
  ) {}

  async route(batch: readonly ConsumedEvent[]): Promise<void> {
    const queued = await applyBatchOnce(this.resources, batch, (manager, fresh) => this.apply(manager, fresh));
    if (queued > 0) this.worker.nudge();
  }

  private async apply(manager: EntityManager, fresh: readonly ConsumedEvent[]): Promise<number> {
    const subscriptions = activeOnce(() => this.subscriptions.listActive(manager));
    const touched = new RevisionKeys();
    const changes: ParkedChange[] = [];
    let queued = 0;
    for (const { event, position } of fresh) {
      switch (event.type) {
        case 'RevisionRecorded':
          await this.reports.onRevisionRecorded(manager, event);
          touched.add(event.reportId, event.payload.revision);
          break;
        case 'AmendmentNoted':
          queued += await this.reports.onAmendmentNoted(manager, event, position, subscriptions);
          touched.add(event.reportId, event.payload.revision);
          break;
        case 'RevisionAnalyzed':
          await this.pending.holdAnalysis(manager, event);
          touched.add(event.reportId, event.payload.revision);
          break;
        case 'FigureChanged':
          changes.push({ event, position });
          touched.add(event.reportId, event.payload.revision);
          break;
        case 'SourceFailing':
          // Subscriptions are to figures; a failing watcher is shown to operators, not alerted.
          break;
        default: {
          const unreachable: never = event;
          throw new InvalidEventError(`unhandled event ${(unreachable as PalimpsestEvent).type}`);
        }
      }
    }
    await this.pending.parkChanges(manager, changes);
    queued += await this.revisions.alertOnComplete(manager, touched.keys(), subscriptions);
    // Delivered at commit to every instance's worker; never for a rollback.
    if (queued > 0) await manager.query(notifySql(DELIVERIES_CHANNEL));
    return queued;
  }
}

/** The (report, revision) pairs a batch touched, each once, in first-seen order. */
class RevisionKeys {
  private readonly seen = new Map<string, RevisionKey>();

  add(reportId: string, revision: number): void {
    const key = `${reportId}\u0000${revision}`;
    if (!this.seen.has(key)) this.seen.set(key, { reportId, revision });
  }

  keys(): RevisionKey[] {
    return [...this.seen.values()];
  }
}

function activeOnce(read: () => Promise<Subscription[]>): ActiveSubscriptions {
  let active: Promise<Subscription[]> | null = null;
  return () => (active ??= read());
}
