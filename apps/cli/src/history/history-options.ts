import { ParsedCommandLine } from '../command';

export interface HistoryOptions {
  /** A report's URL or its id (rpt_...). */
  report: string;
  metric?: string;
  asOf?: string;
  axis: 'effective' | 'observed';
  format: 'table' | 'csv' | 'json';
  api: string;
}

export const DEFAULT_API = 'http://127.0.0.1:3000';

/** Checks the options before any request, so a typo costs no round trip. */
export function readHistoryOptions({ positionals, values }: ParsedCommandLine): HistoryOptions | { problem: string } {
  const axis = (values.axis as string | undefined) ?? 'effective';
  if (axis !== 'effective' && axis !== 'observed')
    return { problem: `--axis must be effective or observed, got "${axis}"` };
  const format = (values.format as string | undefined) ?? 'table';
  if (format !== 'table' && format !== 'csv' && format !== 'json')
    return { problem: `--format must be table, csv or json, got "${format}"` };
  const asOf = values['as-of'] as string | undefined;
  if (asOf !== undefined && Number.isNaN(Date.parse(asOf)))
    return { problem: `--as-of must be an ISO 8601 instant such as 2018-10-26T20:00:00Z, got "${asOf}"` };
  if (values.axis !== undefined && asOf === undefined) return { problem: '--axis needs --as-of' };
  if (asOf !== undefined && values.metric !== undefined) return { problem: '--metric and --as-of cannot be combined' };
  const api = ((values.api as string | undefined) ?? DEFAULT_API).replace(/(?<!\/)\/+$/, '');
  if (!/^https?:\/\/[^/]/.test(api)) return { problem: `--api must be an http(s) URL, got "${api}"` };
  return { report: positionals[0], metric: values.metric as string | undefined, asOf, axis, format, api };
}
