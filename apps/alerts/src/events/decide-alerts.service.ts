import { Injectable } from '@nestjs/common';
import { AmendmentNoted, FigureChanged } from '@palimpsest/contracts';
import { EventPosition } from '@palimpsest/kafka';
import { EntityManager } from 'typeorm';
import { AlertsResources } from '../alerts-resources';
import { AlertEvent, AlertFigure, AmendmentFacts, renderAlertBody } from '../deliveries/alert-body';
import { DeliveriesRepository } from '../deliveries/deliveries.repository';
import { deliveryIdFor } from '../deliveries/signature';
import { ReportFacts } from '../rules/filter';
import { AlertTrigger, shouldAlert } from '../rules/should-alert';
import { SubscriptionsRepository } from '../subscriptions/subscriptions.repository';

interface Decision {
  trigger: AlertTrigger;
  event: AlertEvent;
  figure: AlertFigure | null;
  amendments: AmendmentFacts[];
}

/**
 * Decides which subscriptions alert on an event and queues their deliveries,
 * inside the transaction that claims the event: a decision and the consumer's
 * progress commit together, and a delivery exists at most once per
 * (subscription, event).
 */
@Injectable()
export class DecideAlertsService {
  constructor(
    private readonly resources: AlertsResources,
    private readonly subscriptions: SubscriptionsRepository,
    private readonly deliveries: DeliveriesRepository,
  ) {}

  async onFigureChanged(
    manager: EntityManager,
    event: FigureChanged,
    position: EventPosition,
    report: ReportFacts,
    amendments: AmendmentFacts[],
  ) {
    const { payload } = event;
    const figure: AlertFigure = { ...payload };
    const trigger: AlertTrigger = {
      kind: 'figure',
      position,
      figure: { key: payload.key, label: payload.label },
      change: payload,
    };
    return this.decide(manager, report, {
      trigger,
      event: alertEvent(event, payload.previousRevision),
      figure,
      amendments,
    });
  }

  async onAmendmentNoted(
    manager: EntityManager,
    event: AmendmentNoted,
    position: EventPosition,
    report: ReportFacts,
    note: AmendmentFacts,
  ) {
    const trigger: AlertTrigger = { kind: 'amendment', position };
    return this.decide(manager, report, {
      trigger,
      event: alertEvent(event, previousOf(event.payload.revision)),
      figure: null,
      amendments: [note],
    });
  }

  private async decide(manager: EntityManager, report: ReportFacts, decision: Decision): Promise<number> {
    let queued = 0;
    for (const subscription of await this.subscriptions.listActive(manager)) {
      if (!shouldAlert(subscription, decision.trigger, report)) continue;
      const id = deliveryIdFor(subscription.id, decision.event.id);
      const body = renderAlertBody({
        deliveryId: id,
        subscriptionId: subscription.id,
        rule: subscription.rule,
        report,
        queryApiUrl: this.resources.config.queryApiUrl,
        ...decision,
      });
      const inserted = await this.deliveries.insert(manager, {
        id,
        subscriptionId: subscription.id,
        eventId: decision.event.id,
        reportId: report.id,
        body,
      });
      if (inserted) queued++;
    }
    return queued;
  }
}

function alertEvent(event: FigureChanged | AmendmentNoted, previousRevision: number | null): AlertEvent {
  const { id, type, occurredAt, effectiveAt } = event;
  return { id, type, occurredAt, effectiveAt, revision: event.payload.revision, previousRevision };
}

/** Ingest numbers a report's revisions 1, 2, 3 without gaps, so a note's revision follows the one before it. */
function previousOf(revision: number): number | null {
  return revision > 1 ? revision - 1 : null;
}
