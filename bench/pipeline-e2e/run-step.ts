import { LoadCapture } from '../load';
import { AppliedRevisions } from './applied-revisions';
import { sendCaptures } from './send-captures';

export interface StepResult {
  ratePerSecond: number;
  latenciesMs: number[];
  /** Revisions applied per second from the first send to the last one applied. */
  throughput: number;
  /** Sent but not yet applied when sending stopped: the backlog the step built. */
  backlogAtEnd: number;
  drained: boolean;
}

const DRAIN_TIMEOUT_MS = 30_000;

/** Sends one step's captures at its rate, then waits for the projection to apply them all (bounded). */
export async function runStep(
  ingestUrl: string,
  token: string,
  captures: readonly LoadCapture[],
  ratePerSecond: number,
  applied: AppliedRevisions,
): Promise<StepResult> {
  const sent = await sendCaptures(ingestUrl, token, captures, ratePerSecond);
  const sendingEnded = performance.now();
  const backlogAtEnd = sent.filter(({ key }) => !applied.seenAt.has(key)).length;
  const deadline = Date.now() + DRAIN_TIMEOUT_MS;
  while (sent.some(({ key }) => !applied.seenAt.has(key)) && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 100));
  }
  const done = sent.filter(({ key }) => applied.seenAt.has(key));
  const first = Math.min(...sent.map(({ sentAt }) => sentAt));
  const last = Math.max(sendingEnded, ...done.map(({ key }) => applied.seenAt.get(key) ?? 0));
  return {
    ratePerSecond,
    latenciesMs: done.map(({ key, sentAt }) => (applied.seenAt.get(key) ?? 0) - sentAt),
    throughput: (done.length * 1000) / (last - first),
    backlogAtEnd,
    drained: done.length === sent.length,
  };
}
