import { BadRequestException } from '@nestjs/common';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import { isCursorInstant, type CursorValues } from '../http/cursor';
import { cursor, instant, oneOf, positiveInteger, text } from '../http/query-values';

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

/** The page size waits for the format: exports page by the same cursor, with bigger pages. */
type ChangesFilter = Omit<ChangesQuery, 'limit'> & { limit?: number };

/** `GET /changes`: its parameters, validated and documented from this one schema. */
export const changesQuery = z
  .object({
    since: instant('since', 'changes at or after this instant'),
    until: instant('until', 'changes before this instant'),
    axis: oneOf('axis', TIME_AXES, 'the time since/until bound and the feed is ordered by (default observed)'),
    report: text('report', 'report id', 200),
    key: text('key', 'figure key', 500),
    kind: oneOf('kind', CHANGE_KINDS, 'kind of change'),
    silent: oneOf('silent', ['true', 'false'], 'true: only silent edits'),
    cursor: cursor(2, isFeedPosition),
    limit: positiveInteger(
      'limit',
      'page size (JSON: default 100, at most 1000; exports: 10000, at most 50000)',
    ).optional(),
  })
  .refine(({ since, until }) => !since || !until || since < until, { error: '"since" must be before "until"' })
  .transform(({ report, silent, cursor: after, axis, ...rest }): ChangesFilter => ({
    ...rest,
    reportId: report,
    after,
    axis: axis ?? 'observed',
    silentOnly: silent === 'true',
  }));

export class ChangesQueryDto extends createZodDto(changesQuery) {}

export function pageSize(limit: number | undefined, exporting: boolean): number {
  const [fallback, max] = exporting ? [10_000, 50_000] : [100, 1_000];
  const size = limit ?? fallback;
  if (size > max) throw new BadRequestException(`"limit" must be at most ${max} (got ${size})`);
  return size;
}

function isFeedPosition([time, id]: CursorValues): boolean {
  return isCursorInstant(time) && /^[0-9a-f-]{36}$/.test(String(id));
}
