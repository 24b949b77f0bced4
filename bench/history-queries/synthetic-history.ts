import { deterministicId } from '@palimpsest/contracts';

export const REPORTS = 10_000;
export const REVISIONS = 5;
const KEYS = [
  'removed/account',
  'presence/page',
  'presence/account-facebook',
  'presence/group',
  'followers/account',
  'advertising/spending',
  'events/event-hosted',
  'events/people',
];
const BASE = Date.UTC(2020, 0, 1);
const HOUR = 3_600_000;

/** Columns of one table as parallel arrays, the shape `INSERT ... SELECT FROM unnest(...)` takes. */
export type Columns = Record<string, unknown[]>;

export interface SyntheticHistory {
  reports: Columns;
  revisions: Columns;
  intervals: Columns;
  history: Columns;
}

// A figure changes at a revision for about one in three (report, key, revision): a deterministic spread, no randomness.
const changesAt = (report: number, key: number, revision: number) => (report * 31 + key * 7 + revision * 13) % 3 === 0;

export const reportId = (report: number) => `rpt_bench_${String(report).padStart(6, '0')}`;
export const KEY_NAMES = KEYS;
/** Report n's revision r: observed an hour apart from each other, reports a minute apart. */
export const observedAt = (report: number, revision: number) => new Date(BASE + report * 60_000 + revision * HOUR);
export const effectiveAt = (report: number, revision: number) =>
  revision === 1 ? new Date(BASE + report * 60_000) : new Date(observedAt(report, revision).getTime() - HOUR / 2);

function push(columns: Columns, row: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(row)) (columns[name] ??= []).push(value);
}

/** 10,000 reports of 5 revisions with 8 figures each, as rows of the read models the history queries read. */
export function syntheticHistory(): SyntheticHistory {
  const out: SyntheticHistory = { reports: {}, revisions: {}, intervals: {}, history: {} };
  for (let report = 0; report < REPORTS; report++) {
    const id = reportId(report);
    const url = `https://news.example/${report % 50}/report-${report}`;
    push(out.reports, {
      report_id: id,
      url,
      canonical_url: url,
      publisher: 'news.example',
      title: `Report ${report} on takedowns`,
      first_seen_at: observedAt(report, 1),
      last_revised_at: observedAt(report, REVISIONS),
      revision_count: REVISIONS,
    });
    for (let revision = 1; revision <= REVISIONS; revision++) {
      push(out.revisions, {
        report_id: id,
        revision,
        event_id: deterministicId('bench', id, revision),
        observed_at: observedAt(report, revision),
        effective_at: effectiveAt(report, revision),
        content_hash: `h${report}-${revision}`,
        title: `Report ${report}`,
        document: JSON.stringify({ title: `Report ${report}`, publishedAt: null, sections: [] }),
      });
    }
    KEYS.forEach((key, index) => addFigure(out, report, key, index));
  }
  return out;
}

function addFigure(out: SyntheticHistory, report: number, key: string, index: number): void {
  const id = reportId(report);
  const starts = [1, ...[2, 3, 4, 5].filter((revision) => changesAt(report, index, revision))];
  starts.forEach((revision, position) => {
    const next = starts[position + 1];
    const value = 10 * (index + 1) + position;
    const common = {
      report_id: id,
      key,
      revision,
      label: `things counted by ${key}`,
      section: key.split('/')[0],
      value,
      qualifier: 'exact',
      unit: 'count',
      text: String(value),
      analyzer_version: 'figures-1.0.0',
    };
    push(out.intervals, {
      ...common,
      ended_by_revision: next ?? null,
      position: index,
      valid_from: effectiveAt(report, revision),
      valid_to: next ? effectiveAt(report, next) : null,
      recorded_from: observedAt(report, revision),
      recorded_to: next ? observedAt(report, next) : null,
    });
    push(out.history, {
      ...common,
      event_id: deterministicId('bench', id, key, revision),
      previous_revision: revision === 1 ? null : revision - 1,
      change: revision === 1 ? 'added' : 'changed',
      from_value: position === 0 ? null : value - 1,
      from_qualifier: position === 0 ? null : 'exact',
      from_unit: position === 0 ? null : 'count',
      silent_edit: revision > 1,
      observed_at: observedAt(report, revision),
      effective_at: effectiveAt(report, revision),
    });
  });
}
