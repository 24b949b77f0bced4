export interface RebuildRun {
  generation: number;
  /** Events rebuilt: all of the log's, or those applied by the deadline when it did not finish. */
  totalEvents: number;
  /** From the request to the switch-over to the rebuilt generation, or to the deadline. */
  seconds: number;
  /** False when the deadline came first: the rate is then what it applied so far, a lower bound. */
  finished: boolean;
  /** From the request until progress first showed an applied event (creating tables, joining a new group); to the poll's resolution. */
  startupSeconds: number;
}

interface RebuildView {
  id: number;
  status: 'building' | 'active' | 'retired' | 'failed';
  totalEvents: number;
  appliedEvents: number;
  switchedAt: string | null;
  error: string | null;
}

const POLL_MS = 250;
const TIMEOUT_MS = 300_000;

function elapsedSeconds(from: number, to: number): number {
  return (to - from) / 1000;
}

/**
 * `palimpsest rebuild --projection projection` over HTTP (apps/projection rebuild/): rebuild every read
 * model from the start of the log into a new generation and wait until the pointer switches to it,
 * or until TIMEOUT_MS, when the run is reported unfinished with what it applied by then.
 */
export async function rebuildReadModels(projectionUrl: string, token: string): Promise<RebuildRun> {
  const base = `${projectionUrl}/admin/rebuilds`;
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  // Wall clock, not performance.now(): the switch-over time comes back from the app as an ISO instant.
  const requestedAt = Date.now();
  const started = await fetch(base, { method: 'POST', headers, body: JSON.stringify({ projection: 'projection' }) });
  if (started.status !== 202) throw new Error(`rebuild refused: ${started.status} ${await started.text()}`);
  let view = (await started.json()) as RebuildView;
  let firstAppliedAt: number | null = null;
  const deadline = requestedAt + TIMEOUT_MS;
  while (view.status === 'building') {
    if (Date.now() > deadline) {
      return {
        generation: view.id,
        totalEvents: view.appliedEvents,
        seconds: elapsedSeconds(requestedAt, Date.now()),
        startupSeconds: elapsedSeconds(requestedAt, firstAppliedAt ?? Date.now()),
        finished: false,
      };
    }
    await new Promise((done) => setTimeout(done, POLL_MS));
    view = (await (await fetch(`${base}/${view.id}`, { headers })).json()) as RebuildView;
    if (view.appliedEvents > 0) firstAppliedAt ??= Date.now();
  }
  if (view.status === 'failed') throw new Error(`rebuild ${view.id} failed: ${view.error}`);
  // The app stamps the switch-over itself, so the poll interval does not blur the time.
  const switchedAt = view.switchedAt ? Date.parse(view.switchedAt) : Date.now();
  return {
    generation: view.id,
    totalEvents: view.totalEvents,
    seconds: elapsedSeconds(requestedAt, switchedAt),
    startupSeconds: elapsedSeconds(requestedAt, firstAppliedAt ?? switchedAt),
    finished: true,
  };
}
