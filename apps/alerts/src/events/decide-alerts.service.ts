import { Injectable } from '@nestjs/common';
import { AmendmentNoted, LogPosition } from '@palimpsest/contracts';
import { AlertsResources } from '../alerts-resources';
import { AlertEvent, AlertFigure, AmendmentFacts, renderAlertBody } from '../deliveries/alert-body';
import { NewDelivery } from '../deliveries/deliveries.repository';
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
 * Decides which subscriptions alert and renders their deliveries; the caller
 * queues them inside the transaction that claims the events, so a decision
 * and the consumer's progress commit together. A revision gives at most one
 * delivery per subscription, holding every change of it the subscription
 * matches; a note gives one per (subscription, note).
 */
@Injectable()
export class DecideAlertsService {
  constructor(private readonly resources: AlertsResources) {}

  async onRevisionComplete(
    { analysis, changes, report, amendments }: RevisionToDecide,
    subscriptions: ActiveSubscriptions,
  ): Promise<NewDelivery[]> {
    const event: AlertEvent = {
      id: analysis.analyzedEventId,
      type: 'RevisionAnalyzed',
      occurredAt: analysis.occurredAt,
      effectiveAt: analysis.effectiveAt,
      revision: analysis.revision,
      previousRevision: analysis.previousRevision,
    };
    const deliveries: NewDelivery[] = [];
    for (const subscription of await subscriptions()) {
      const matching = changes.filter(({ event: { payload }, position }) =>
        shouldAlert(subscription, { kind: 'figure', position, figure: payload, change: payload }, report),
      );
      if (matching.length === 0) continue;
      const id = revisionDeliveryIdFor(subscription.id, report.id, analysis.revision);
      const figures = matching.map(({ event: { payload } }): AlertFigure => payload);
      const body = this.render(id, subscription, event, report, figures, analysis.silentEdit, amendments);
      deliveries.push({ id, subscriptionId: subscription.id, eventId: event.id, reportId: report.id, body });
    }
    return deliveries;
  }

  async onAmendmentNoted(
    note: AmendmentNoted,
    position: LogPosition,
    report: ReportFacts,
    subscriptions: ActiveSubscriptions,
  ): Promise<NewDelivery[]> {
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
    const deliveries: NewDelivery[] = [];
    for (const subscription of await subscriptions()) {
      if (!shouldAlert(subscription, { kind: 'amendment', position }, report)) continue;
      const id = deliveryIdFor(subscription.id, eventId);
      const body = this.render(id, subscription, event, report, [], false, amendments);
      deliveries.push({ id, subscriptionId: subscription.id, eventId, reportId: report.id, body });
    }
    return deliveries;
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
}

/** Ingest numbers a report's revisions 1, 2, 3 without gaps, so a note's revision follows the one before it. */
function previousOf(revision: number): number | null {
  return revision > 1 ? revision - 1 : null;
}
