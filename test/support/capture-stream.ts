/**
 * Texts for `reports` reports captured `capturesPerReport` times each, every
 * capture with figures that differ from the one before, so each is a new
 * revision. The values are a pure function of (report, capture).
 */
export function captureText(report: number, capture: number): string {
  const pages = 10 + report + capture * 3;
  const accounts = 100 + ((report * 7 + capture * 11) % 50);
  const followers = 1_000 + report * 13 + capture * 101;
  const spend = capture % 2 === 0 ? 'less than $100' : 'about $250';
  return [
    `# Takedown report ${report}`,
    '',
    `We removed ${pages} Pages and ${accounts} accounts for coordinated inauthentic behavior.`,
    '',
    `- *Followers:* about ${followers} accounts followed one or more of these Pages.`,
    `- *Advertising:* ${spend} in spending on ads.`,
    `- *Events:* ${capture + 2} events hosted.`,
  ].join('\n');
}

export const reportUrl = (report: number) => `https://news.example.org/takedowns/report-${report}`;

/** The capture's observation time: captures of one report are an hour apart, in capture order. */
export const observedAt = (report: number, capture: number) =>
  new Date(Date.UTC(2024, 0, 1, capture, report)).toISOString();

export interface StreamOptions {
  ingestUrl: () => string;
  token: string;
  reports: number;
  capturesPerReport: number;
  concurrency: number;
  /** Captures per second at most, so faults land while the stream is still flowing. */
  ratePerSecond: number;
  /** Called after each capture the ingest app acknowledged, with how many it acknowledged so far. */
  onAcknowledged?: (count: number) => void;
  deadline: number;
}

/**
 * Posts every capture until the ingest app acknowledges it, retrying through
 * refused connections and 5xx answers while an app or its database is down,
 * as a real client would; a retried capture that had been recorded answers
 * "unchanged". Captures of one report go in order, reports in parallel.
 */
export async function streamCaptures(options: StreamOptions): Promise<Map<string, number>> {
  const statuses = new Map<string, number>();
  let acknowledged = 0;
  const queue = Array.from({ length: options.reports }, (_, report) => report);
  let nextSlot = Date.now();
  const paced = async () => {
    const slot = (nextSlot = Math.max(nextSlot, Date.now()) + 1000 / options.ratePerSecond);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, slot - Date.now())));
  };
  const worker = async () => {
    for (let report = queue.shift(); report !== undefined; report = queue.shift()) {
      for (let capture = 0; capture < options.capturesPerReport; capture++) {
        await paced();
        const status = await postUntilAcknowledged(options, report, capture);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        options.onAcknowledged?.(++acknowledged);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return statuses;
}

async function postUntilAcknowledged(options: StreamOptions, report: number, capture: number): Promise<string> {
  const query = new URLSearchParams({ url: reportUrl(report), observedAt: observedAt(report, capture) });
  for (;;) {
    if (Date.now() > options.deadline) throw new Error(`capture ${report}/${capture} not acknowledged in time`);
    try {
      const response = await fetch(`${options.ingestUrl()}/captures?${query}`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', authorization: `Bearer ${options.token}` },
        body: captureText(report, capture),
        signal: AbortSignal.timeout(10_000),
      });
      const body = (await response.json().catch(() => null)) as { status?: string } | null;
      if (response.status < 300 && body?.status) return body.status;
      if (response.status < 500 && response.status !== 429) {
        throw new Error(`capture ${report}/${capture} refused: ${response.status} ${JSON.stringify(body)}`);
      }
    } catch (error) {
      if ((error as Error).message.includes('refused:')) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
