import { HistoryOptions } from './history-options';

export type HttpGet = (url: string) => Promise<{ status: number; body: any }>;

/** Why the history could not be read, worded for the person at the terminal. */
export class HistoryUnavailable extends Error {}

export const fetchJson: HttpGet = async (url) => {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  return { status: response.status, body: await response.json().catch(() => null) };
};

/** Reads what the options ask for from the projection API: a report's history, one metric's, or its figures as of an instant. */
export async function loadHistory(options: HistoryOptions, get: HttpGet) {
  const call = async (path: string) => {
    try {
      return await get(`${options.api}${path}`);
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
      throw new HistoryUnavailable(
        `cannot reach the Palimpsest API at ${options.api} (${cause}); is the projection app running?`,
      );
    }
  };
  const reportId = await resolveReport(options.report, call);
  const id = encodeURIComponent(reportId);
  if (options.asOf) {
    const query = new URLSearchParams({ asOf: options.asOf, axis: options.axis });
    return { kind: 'as-of' as const, body: expectOk(await call(`/reports/${id}/figures?${query}`), options.report) };
  }
  const path = options.metric
    ? `/reports/${id}/figures/${encodeURIComponent(options.metric)}/history`
    : `/reports/${id}/history`;
  return { kind: 'history' as const, body: expectOk(await call(path), options.metric ?? options.report) };
}

async function resolveReport(report: string, call: (path: string) => Promise<{ status: number; body: any }>) {
  if (!/^https?:\/\//.test(report)) {
    expectOk(await call(`/reports/${encodeURIComponent(report)}`), report);
    return report;
  }
  const { body } = await call(`/reports?${new URLSearchParams({ url: report })}`);
  const found = body?.items?.[0]?.id;
  if (!found) throw new HistoryUnavailable(`no report is recorded for ${report}`);
  return found as string;
}

function expectOk({ status, body }: { status: number; body: any }, subject: string) {
  if (status === 404) throw new HistoryUnavailable(body?.message ?? `${subject} is not known to the API`);
  if (status !== 200) throw new HistoryUnavailable(`the API answered ${status}: ${body?.message ?? 'no reason given'}`);
  return body;
}
