import { CursorValues, decodeCursor, FOREIGN_CURSOR, isCursorInstant } from '../http/cursor';
import { accept, allOf, Parsed, refuse } from '../http/parsed';
import { instant, limit, oneOf, text } from '../http/query-values';

export const CHANGE_KINDS = ['added', 'removed', 'changed', 'requalified'] as const;
export const TIME_AXES = ['effective', 'observed'] as const;
export type TimeAxis = (typeof TIME_AXES)[number];

export interface ChangesQuery {
  since?: string;
  until?: string;
  /** Which time `since` and `until` bound, and the feed is ordered by. */
  axis: TimeAxis;
  reportId?: string;
  key?: string;
  kind?: (typeof CHANGE_KINDS)[number];
  silentOnly: boolean;
  after?: CursorValues;
  limit: number;
}

/** Reads `GET /changes` parameters; exports page by the same cursor, with bigger pages. */
export function parseChangesQuery(query: Record<string, unknown>, exporting: boolean): Parsed<ChangesQuery> {
  const parsed = allOf({
    since: instant('since', query.since),
    until: instant('until', query.until),
    axis: oneOf('axis', query.axis, TIME_AXES),
    reportId: text('report', query.report, 200),
    key: text('key', query.key, 500),
    kind: oneOf('kind', query.kind, CHANGE_KINDS),
    silent: oneOf('silent', query.silent, ['true', 'false'] as const),
    after: decodeCursor(query.cursor, 2),
    limit: limit(query.limit, exporting ? 10_000 : 100, exporting ? 50_000 : 1_000),
  });
  if (!parsed.ok) return parsed;
  const { silent, axis, after, ...rest } = parsed.value;
  if (after && !isFeedPosition(after)) return refuse(FOREIGN_CURSOR);
  if (rest.since && rest.until && rest.since >= rest.until) return refuse('"since" must be before "until"');
  return accept({ ...rest, after, axis: axis ?? 'observed', silentOnly: silent === 'true' });
}

function isFeedPosition([time, id]: CursorValues): boolean {
  return isCursorInstant(time) && /^[0-9a-f-]{36}$/.test(String(id));
}
