import { Injectable } from '@nestjs/common';
import { AmendmentNoted } from '@palimpsest/contracts';
import { EventPosition } from '@palimpsest/kafka';
import { EntityManager } from 'typeorm';
import { AlertsResources } from '../alerts-resources';
import { AlertEvent, AlertFigure, AmendmentFacts, renderAlertBody } from '../deliveries/alert-body';
import { DeliveriesRepository } from '../deliveries/deliveries.repository';
import { deliveryIdFor, revisionDeliveryIdFor } from '../deliveries/signature';
import { ReportFacts } from '../rules/filter';
import { shouldAlert } from '../rules/should-alert';
import { Subscription } from '../subscriptions/subscription';
import { CompleteAnalysis, ParkedChange } from './pending-revisions.repository';

/** The active subscriptions, read at most once per batch and only when something is decided. */
export type ActiveSubscriptions = () => Promise<readonly Subscription[]>;

/** A complete revision: its analysis, every figure change it announced, the report and the revision's notes. */
export interface RevisionToDecide {
  analysis: CompleteAnalysis;
  changes: readonly ParkedChange[];
  report: ReportFacts;
  amendments: AmendmentFacts[];
}

/**
 * Decides which subscriptions alert and queues their deliveries, inside the
 * transaction that claims the events: a decision and the consumer's progress
 * commit together. A revision gives at most one delivery per subscription,
 * holding every change of it the subscription matches; a note gives one per
 * (subscription, note).
 */
@Injectable()
export class DecideAlertsService {
  constructor(
    private readonly resources: AlertsResources,
    private readonly deliveries: DeliveriesRepository,
  ) {}

  async onRevisionComplete(
    manager: EntityManager,
    { analysis, changes, report, amendments }: RevisionToDecide,
    subscriptions: ActiveSubscriptions,
  ): Promise<number> {
    const event: AlertEvent = {
      id: analysis.analyzedEventId,
      type: 'RevisionAnalyzed',
      occurredAt: analysis.occurredAt,
      effectiveAt: analysis.effectiveAt,
      revision: analysis.revision,
      previousRevision: analysis.previousRevision,
    };
    let queued = 0;
    for (const subscription of await subscriptions()) {
      const matching = changes.filter(({ event: { payload }, position }) =>
        shouldAlert(subscription, { kind: 'figure', position, figure: payload, change: payload }, report),
      );
      if (matching.length === 0) continue;
      const id = revisionDeliveryIdFor(subscription.id, report.id, analysis.revision);
      const figures = matching.map(({ event: { payload } }): AlertFigure => payload);
      const body = this.render(id, subscription, event, report, figures, analysis.silentEdit, amendments);
      if (await this.queue(manager, id, subscription, event, report, body)) queued++;
    }
    return queued;
  }

  async onAmendmentNoted(
    manager: EntityManager,
    note: AmendmentNoted,
    position: EventPosition,
    report: ReportFacts,
    subscriptions: ActiveSubscriptions,
  ): Promise<number> {
    const { revision, raw, statedAt, reason } = note.payload;
    const { id: eventId, occurredAt, effectiveAt } = note;
    const event: AlertEvent = {
      id: eventId,
      type: 'AmendmentNoted',
      occurredAt,
      effectiveAt,
      revision,
      previousRevision: previousOf(revision),
    };
    const amendments = [{ eventId, raw, statedAt, reason }];
    let queued = 0;
    for (const subscription of await subscriptions()) {
      if (!shouldAlert(subscription, { kind: 'amendment', position }, report)) continue;
      const id = deliveryIdFor(subscription.id, eventId);
      const body = this.render(id, subscription, event, report, [], false, amendments);
      if (await this.queue(manager, id, subscription, event, report, body)) queued++;
    }
    return queued;
  }

  private render(
    deliveryId: string,
    subscription: Subscription,
    event: AlertEvent,
    report: ReportFacts,
    changes: AlertFigure[],
    silentEdit: boolean,
    amendments: AmendmentFacts[],
  ): string {
    const { queryApiUrl } = this.resources.config;
    const { id: subscriptionId, rule } = subscription;
    return renderAlertBody({
      deliveryId,
      subscriptionId,
      rule,
      event,
      report,
      changes,
      silentEdit,
      amendments,
      queryApiUrl,
    });
  }

  private queue(
    manager: EntityManager,
    id: string,
    subscription: Subscription,
    event: AlertEvent,
    report: ReportFacts,
    body: string,
  ): Promise<boolean> {
    return this.deliveries.insert(manager, {
      id,
      subscriptionId: subscription.id,
      eventId: event.id,
      reportId: report.id,
      body,
    });
  }
}

/** Ingest numbers a report's revisions 1, 2, 3 without gaps, so a note's revision follows the one before it. */
function previousOf(revision: number): number | null {
  return revision > 1 ? revision - 1 : null;
}
