import type { LoadCapture } from '../load';
import { sendCaptures } from './send-captures';

/** Where a revision shows up downstream (the read model, an alert): when each "reportId#revision" was first seen. */
export interface Arrivals {
  readonly seenAt: ReadonlyMap<string, number>;
  /** Told of each revision ingest recorded, for a place that looks only for what it expects. */
  expect?(key: string): void;
}

/** How one step's captures arrived at one place. */
export interface ArrivalResult {
  latenciesMs: number[];
  /** Revisions arrived per second from the first send to the last arrival. */
  throughput: number;
  /** Sent but not yet arrived when sending stopped: the backlog the step built. */
  backlogAtEnd: number;
  drained: boolean;
}

export interface StepResult<Place extends string> {
  ratePerSecond: number;
  /** Captures recorded by ingest in this step: one revision each. */
  sent: number;
  /** captures / rate: how long sending was meant to take. */
  plannedSeconds: number;
  /** From the first send to the last answer from ingest. */
  sendSeconds: number;
  arrivals: Record<Place, ArrivalResult>;
}

const DRAIN_TIMEOUT_MS = 30_000;

/** Sends one step's captures at its rate, then waits until every place has seen them all (bounded). */
export async function runStep<Place extends string>(
  ingestUrl: string,
  token: string,
  captures: readonly LoadCapture[],
  ratePerSecond: number,
  places: Record<Place, Arrivals>,
): Promise<StepResult<Place>> {
  const entries = Object.entries(places) as [Place, Arrivals][];
  const sendingStarted = performance.now();
  const sent = await sendCaptures(ingestUrl, token, captures, ratePerSecond, ({ key }) => {
    for (const [, place] of entries) place.expect?.(key);
  });
  const sendingEnded = performance.now();
  const backlogs = entries.map(([, place]) => sent.filter(({ key }) => !place.seenAt.has(key)).length);
  const deadline = Date.now() + DRAIN_TIMEOUT_MS;
  const waiting = () => entries.some(([, place]) => sent.some(({ key }) => !place.seenAt.has(key)));
  while (waiting() && Date.now() < deadline) await new Promise((done) => setTimeout(done, 100));
  const first = Math.min(...sent.map(({ sentAt }) => sentAt));
  const arrivals = entries.map(([name, { seenAt }], index): [Place, ArrivalResult] => {
    const done = sent.filter(({ key }) => seenAt.has(key));
    const last = Math.max(sendingEnded, ...done.map(({ key }) => seenAt.get(key) ?? 0));
    return [
      name,
      {
        latenciesMs: done.map(({ key, sentAt }) => (seenAt.get(key) ?? 0) - sentAt),
        throughput: (done.length * 1000) / (last - first),
        backlogAtEnd: backlogs[index],
        drained: done.length === sent.length,
      },
    ];
  });
  return {
    ratePerSecond,
    sent: sent.length,
    plannedSeconds: captures.length / ratePerSecond,
    sendSeconds: (sendingEnded - sendingStarted) / 1000,
    arrivals: Object.fromEntries(arrivals) as Record<Place, ArrivalResult>,
  };
}
