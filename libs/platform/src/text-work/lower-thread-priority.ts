import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** Nice value of text-work threads: the scheduler gives a nice-0 thread about ten times their share. */
export const TEXT_WORK_NICENESS = 10;

/**
 * Lowers the calling thread's scheduling priority. Text work is background
 * work: on a small host, a worker thread chewing through a 5 MB page must not
 * starve the event loop that answers /health and moves ordinary events, nor
 * the broker and database beside it. Linux applies setpriority to a single
 * thread when given its thread id, which /proc/thread-self names. Elsewhere,
 * or when refused, the thread keeps its priority: slower probes, nothing wrong.
 */
export function lowerThreadPriority(niceness = TEXT_WORK_NICENESS): boolean {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(threadId)) return false;
    setPriority(threadId, niceness);
    return true;
  } catch {
    return false;
  }
}
