import type { FigureChange, Rule } from '../rules/rule';
import type { ReportFacts } from '../rules/filter';

export interface AmendmentFacts {
  eventId: string;
  raw: string;
  statedAt: string | null;
  reason: string | null;
}

/** The event an alert is about: a revision's analysis (its figure changes), or a new amendment note. */
export interface AlertEvent {
  id: string;
  type: 'RevisionAnalyzed' | 'AmendmentNoted';
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
  /** The revision's figure changes that match the subscription, in log order; none for a note alert. */
  changes: AlertFigure[];
  silentEdit: boolean;
  /** Notes first seen in the event's revision (for an AmendmentNoted alert: that note). */
  amendments: AmendmentFacts[];
  queryApiUrl: string;
}

/** The JSON an alert POSTs. Built once when the alert is decided and stored, so every attempt sends the same bytes. */
export function renderAlertBody(input: AlertInput): string {
  const { event, report } = input;
  const reportUrl = reportLink(input);
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
    changes: input.changes.map((figure) => ({
      key: figure.key,
      label: figure.label,
      section: figure.section,
      change: figure.change,
      old: figure.from,
      new: figure.to,
      links: { history: `${reportUrl}/figures/${encodeURIComponent(figure.key)}/history` },
    })),
    silentEdit: input.silentEdit,
    amendments: input.amendments.map(({ raw, statedAt, reason }) => ({ raw, statedAt, reason })),
    links: { diff: diffLink(reportUrl, event), amendments: `${reportUrl}/amendments` },
  });
}

function reportLink({ queryApiUrl, report }: AlertInput): string {
  return `${queryApiUrl.replace(/(?<!\/)\/+$/, '')}/reports/${encodeURIComponent(report.id)}`;
}

function diffLink(reportUrl: string, event: AlertEvent): string {
  const range = new URLSearchParams({ to: String(event.revision) });
  if (event.previousRevision !== null) range.set('from', String(event.previousRevision));
  range.sort();
  return `${reportUrl}/diff?${range}`;
}
