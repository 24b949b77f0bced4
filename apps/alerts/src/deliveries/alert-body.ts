import { FigureChange, Rule } from '../rules/rule';
import { ReportFacts } from '../rules/filter';

export interface AmendmentFacts {
  eventId: string;
  raw: string;
  statedAt: string | null;
  reason: string | null;
}

export interface AlertEvent {
  id: string;
  type: 'FigureChanged' | 'AmendmentNoted';
  occurredAt: string;
  effectiveAt: string;
  revision: number;
  previousRevision: number | null;
}

export interface AlertFigure extends FigureChange {
  key: string;
  label: string;
  section: string | null;
}

export interface AlertInput {
  deliveryId: string;
  subscriptionId: string;
  rule: Rule;
  event: AlertEvent;
  report: ReportFacts;
  figure: AlertFigure | null;
  /** Notes first seen in the event's revision (for an AmendmentNoted alert: that note). */
  amendments: AmendmentFacts[];
  queryApiUrl: string;
}

/** The JSON an alert POSTs. Built once when the alert is decided and stored, so every attempt sends the same bytes. */
export function renderAlertBody(input: AlertInput): string {
  const { event, report, figure } = input;
  return JSON.stringify({
    deliveryId: input.deliveryId,
    subscriptionId: input.subscriptionId,
    event: { id: event.id, type: event.type },
    rule: input.rule,
    report: { id: report.id, url: report.url, publisher: report.publisher, title: report.title },
    revision: event.revision,
    previousRevision: event.previousRevision,
    observedAt: event.occurredAt,
    effectiveAt: event.effectiveAt,
    figure: figure && {
      key: figure.key,
      label: figure.label,
      section: figure.section,
      change: figure.change,
      old: figure.from,
      new: figure.to,
    },
    silentEdit: figure?.silentEdit ?? false,
    amendments: input.amendments.map(({ raw, statedAt, reason }) => ({ raw, statedAt, reason })),
    links: alertLinks(input),
  });
}

function alertLinks({ queryApiUrl, report, event, figure }: AlertInput): { history: string; diff: string } {
  const reportUrl = `${queryApiUrl.replace(/(?<!\/)\/+$/, '')}/reports/${encodeURIComponent(report.id)}`;
  const history = figure ? `${reportUrl}/figures/${encodeURIComponent(figure.key)}/history` : `${reportUrl}/amendments`;
  const range = new URLSearchParams({ to: String(event.revision) });
  if (event.previousRevision !== null) range.set('from', String(event.previousRevision));
  range.sort();
  return { history, diff: `${reportUrl}/diff?${range}` };
}
