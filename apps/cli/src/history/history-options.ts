import { type Result } from '@palimpsest/contracts';
import type { ParsedCommandLine } from '../command';

export interface HistoryOptions {
  /** A report's URL or its id (rpt_...). */
  report: string;
  metric?: string;
  asOf?: string;
  axis: 'effective' | 'observed';
  format: 'table' | 'csv' | 'json';
}

/** Checks the options before any request, so a typo costs no round trip. */
export function readHistoryOptions({ positionals, values }: ParsedCommandLine): Result<HistoryOptions> {
  const axis = (values.axis as string | undefined) ?? 'effective';
  if (axis !== 'effective' && axis !== 'observed')
    return { ok: false, reason: `--axis must be effective or observed, got "${axis}"` };
  const format = (values.format as string | undefined) ?? 'table';
  if (format !== 'table' && format !== 'csv' && format !== 'json')
    return { ok: false, reason: `--format must be table, csv or json, got "${format}"` };
  const asOf = values['as-of'] as string | undefined;
  if (asOf !== undefined && Number.isNaN(Date.parse(asOf)))
    return { ok: false, reason: `--as-of must be an ISO 8601 instant such as 2018-10-26T20:00:00Z, got "${asOf}"` };
  if (values.axis !== undefined && asOf === undefined) return { ok: false, reason: '--axis needs --as-of' };
  if (asOf !== undefined && values.metric !== undefined)
    return { ok: false, reason: '--metric and --as-of cannot be combined' };
  return {
    ok: true,
    value: { report: positionals[0], metric: values.metric as string | undefined, asOf, axis, format },
  };
}
