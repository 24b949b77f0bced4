import { Injectable } from '@nestjs/common';
import { PalimpsestEvent, RevisionAnalyzed, RevisionRecorded } from '@palimpsest/contracts';
import { ConsumedEvent, EventRouter, InvalidEventError } from '@palimpsest/kafka';
import { notifySql } from '@palimpsest/persistence';
import { EntityManager } from 'typeorm';
import { AlertsResources } from '../alerts-resources';
import { DELIVERIES_CHANNEL, DeliveriesRepository } from '../deliveries/deliveries.repository';
import { DeliveryWorker } from '../deliveries/send-deliveries/delivery-worker';
import { Subscription } from '../subscriptions/subscription';
import { SubscriptionsRepository } from '../subscriptions/subscriptions.repository';
import { applyBatchOnce } from './apply-event';
import { ActiveSubscriptions } from './decide-alerts.service';
import { ParkedChange, PendingRevisionsRepository } from './pending-revisions.repository';
import { NoteAt, ReportEventsService } from './report-events.service';
import { RevisionAlertsService } from './revision-alerts.service';
import { RevisionKeys } from './revision-key';

/** What alerts does with a batch of events from the revisions or analyses topic: one transaction. */
@Injectable()
export class AlertEventsRouter implements EventRouter {
  constructor(
    private readonly resources: AlertsResources,
    private readonly reports: ReportEventsService,
    private readonly pending: PendingRevisionsRepository,
    private readonly revisions: RevisionAlertsService,
    private readonly subscriptions: SubscriptionsRepository,
    private readonly deliveries: DeliveriesRepository,
    private readonly worker: DeliveryWorker,
  ) {}

  async route(batch: readonly ConsumedEvent[]): Promise<void> {
    const queued = await applyBatchOnce(this.resources, batch, (manager, fresh) => this.apply(manager, fresh));
    if (queued > 0) this.worker.nudge();
  }

  /**
   * The batch's effects in a constant number of statements: save what the revisions topic says
   * about reports, hold analyses and park figure changes, then queue the deliveries of new notes
   * and of every revision the batch completed, in one insert.
   */
  private async apply(manager: EntityManager, fresh: readonly ConsumedEvent[]): Promise<number> {
    const recorded: RevisionRecorded[] = [];
    const noted: NoteAt[] = [];
    const analyzed: RevisionAnalyzed[] = [];
    const changes: ParkedChange[] = [];
    const touched = new RevisionKeys();
    for (const { event, position } of fresh) {
      switch (event.type) {
        case 'RevisionRecorded':
          recorded.push(event);
          break;
        case 'AmendmentNoted':
          noted.push({ event, position });
          break;
        case 'RevisionAnalyzed':
          analyzed.push(event);
          break;
        case 'FigureChanged':
          changes.push({ event, position });
          break;
        case 'SourceFailing':
          // Subscriptions are to figures; a failing watcher is shown to operators, not alerted.
          continue;
        default: {
          const unreachable: never = event;
          throw new InvalidEventError(`unhandled event ${(unreachable as PalimpsestEvent).type}`);
        }
      }
      touched.add(event.reportId, event.payload.revision);
    }
    await this.reports.record(manager, recorded, noted);
    await this.pending.holdAnalyses(manager, analyzed);
    await this.pending.parkChanges(manager, changes);
    const subscriptions = activeOnce(() => this.subscriptions.listActive(manager));
    // Notes first, then revisions, as the events came: one subscription's alerts stay in that order.
    const deliveries = [
      ...(await this.reports.alertOnNotes(manager, noted, subscriptions)),
      ...(await this.revisions.alertOnComplete(manager, touched.keys(), subscriptions)),
    ];
    const queued = await this.deliveries.insertAll(manager, deliveries);
    // Delivered at commit to every instance's worker; never for a rollback.
    if (queued > 0) await manager.query(notifySql(DELIVERIES_CHANNEL));
    return queued;
  }
}

function activeOnce(read: () => Promise<Subscription[]>): ActiveSubscriptions {
  let active: Promise<Subscription[]> | null = null;
  return () => (active ??= read());
}
