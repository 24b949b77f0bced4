import type { AppApi, Send } from '../app-api';
import { callApi, failureMessage } from '../app-api';
import type { HistoryOptions } from './history-options';

/** Why the history could not be read, worded for the person at the terminal. */
export class HistoryUnavailable extends Error {}

/** Reads what the options ask for from the projection API: a report's history, one metric's, or its figures as of an instant. */
export async function loadHistory(options: HistoryOptions, api: AppApi, send: Send) {
  const get = async (path: string, subject: string) => {
    const answer = await callApi(api, 'GET', path, undefined, send);
    if (answer.status === 200) return answer.body as any;
    const reason = (answer.body as { message?: unknown } | null)?.message;
    if (answer.status === 404)
      throw new HistoryUnavailable(reason ? String(reason) : `${subject} is not known to the API`);
    throw new HistoryUnavailable(failureMessage(api, answer));
  };
  const reportId = await resolveReport(options.report, get);
  const id = encodeURIComponent(reportId);
  if (options.asOf) {
    const query = new URLSearchParams({ asOf: options.asOf, axis: options.axis });
    return { kind: 'as-of' as const, body: await get(`/reports/${id}/figures?${query}`, options.report) };
  }
  const path = options.metric
    ? `/reports/${id}/figures/${encodeURIComponent(options.metric)}/history`
    : `/reports/${id}/history`;
  return { kind: 'history' as const, body: await get(path, options.metric ?? options.report) };
}

async function resolveReport(report: string, get: (path: string, subject: string) => Promise<any>) {
  if (!/^https?:\/\//.test(report)) {
    await get(`/reports/${encodeURIComponent(report)}`, report);
    return report;
  }
  const body = await get(`/reports?${new URLSearchParams({ url: report })}`, report);
  const found = body?.items?.[0]?.id;
  if (!found) throw new HistoryUnavailable(`no report is recorded for ${report}`);
  return found as string;
}
