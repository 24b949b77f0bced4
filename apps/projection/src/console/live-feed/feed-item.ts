import type { PalimpsestEvent } from '@palimpsest/contracts';
import { publisherName, publisherOf } from '@palimpsest/contracts';

export type FeedItemKind = 'revision' | 'amendment' | 'figure' | 'silent-edit';

export interface ReportContext {
  publisher: string;
  title: string | null;
  url: string;
}

export interface FeedFigureChange {
  key: string;
  label: string;
  change: string;
  from: { value: number; qualifier: string; unit: string; text: string } | null;
  to: { value: number; qualifier: string; unit: string; text: string } | null;
}

/** One line of the live feed: what happened to which report, with both time axes. */
export interface FeedItem {
  id: string;
  kind: FeedItemKind;
  reportId: string;
  publisher: string;
  title: string | null;
  url: string;
  revision: number;
  observedAt: string;
  effectiveAt: string;
  silentEdit: boolean;
  summary: string;
  figure?: FeedFigureChange;
}

/** The report an event belongs to, read from the event itself when it carries it. */
export function contextFromEvent(event: PalimpsestEvent): ReportContext | null {
  if (event.type !== 'RevisionRecorded') return null;
  const { canonicalUrl, url, document } = event.payload;
  return { publisher: publisherOf(canonicalUrl), title: document.title, url };
}

/**
 * The feed line for an applied event, or null for events the feed does not
 * show (an analysis that is not a silent edit, events it does not know).
 */
export function toFeedItem(event: PalimpsestEvent, report: ReportContext): FeedItem | null {
  const base = {
    id: event.id,
    reportId: event.reportId,
    ...report,
    observedAt: event.occurredAt,
    effectiveAt: event.effectiveAt,
  };
  switch (event.type) {
    case 'RevisionRecorded':
      return {
        ...base,
        kind: 'revision',
        revision: event.payload.revision,
        silentEdit: false,
        summary: revisionSummary(event.payload.revision),
      };
    case 'AmendmentNoted':
      return {
        ...base,
        kind: 'amendment',
        revision: event.payload.revision,
        silentEdit: false,
        summary: event.payload.raw,
      };
    case 'RevisionAnalyzed':
      if (!event.payload.silentEdit) return null;
      return {
        ...base,
        kind: 'silent-edit',
        revision: event.payload.revision,
        silentEdit: true,
        summary: `${event.payload.figureChangeCount} figure change(s) without an amendment note`,
      };
    case 'FigureChanged': {
      const { key, label, change, from, to, revision, silentEdit } = event.payload;
      return {
        ...base,
        kind: 'figure',
        revision,
        silentEdit,
        summary: `${label}: ${change}`,
        figure: { key, label, change, from, to },
      };
    }
    default:
      return null;
  }
}

function revisionSummary(revision: number): string {
  return revision === 1 ? 'first recorded' : `revision ${revision} recorded`;
}

export interface FeedFilter {
  publisher?: string;
  reportId?: string;
}

export function matchesFilter(item: FeedItem, filter: FeedFilter): boolean {
  if (filter.publisher && item.publisher !== publisherName(filter.publisher)) return false;
  return !filter.reportId || item.reportId === filter.reportId;
}
