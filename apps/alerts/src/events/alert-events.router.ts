import { Injectable } from '@nestjs/common';
import { PalimpsestEvent } from '@palimpsest/contracts';
import { ConsumedEvent, EventPosition, EventRouter, InvalidEventError } from '@palimpsest/kafka';
import { AlertsResources } from '../alerts-resources';
import { DeliveryWorker } from '../deliveries/send-deliveries/delivery-worker';
import { applyOnce } from './apply-event';
import { FigureAlertsService } from './figure-alerts.service';
import { ReportEventsService } from './report-events.service';

/** What alerts does with each event on the revisions and analyses topics. */
@Injectable()
export class AlertEventsRouter implements EventRouter {
  constructor(
    private readonly resources: AlertsResources,
    private readonly reports: ReportEventsService,
    private readonly figures: FigureAlertsService,
    private readonly worker: DeliveryWorker,
  ) {}

  async route(batch: readonly ConsumedEvent[]): Promise<void> {
    for (const { event, position } of batch) await this.routeOne(event, position);
  }

  private async routeOne(event: PalimpsestEvent, position: EventPosition): Promise<void> {
    const queued = await applyOnce(this.resources, event, position, (manager) => {
      switch (event.type) {
        case 'RevisionRecorded':
          return this.reports.onRevisionRecorded(manager, event);
        case 'AmendmentNoted':
          return this.reports.onAmendmentNoted(manager, event, position);
        case 'FigureChanged':
          return this.figures.onFigureChanged(manager, event, position);
        case 'RevisionAnalyzed':
          // Its figure changes arrive one by one as FigureChanged; only progress is recorded.
          return Promise.resolve(0);
        case 'SourceFailing':
          // Subscriptions are to figures; a failing watcher is shown to operators, not alerted.
          return Promise.resolve(0);
        default: {
          const unreachable: never = event;
          throw new InvalidEventError(`unhandled event ${(unreachable as PalimpsestEvent).type}`);
        }
      }
    });
    if (queued) this.worker.nudge();
  }
}
