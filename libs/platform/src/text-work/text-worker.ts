import type { MessagePort } from 'node:worker_threads';
import { lowerThreadPriority } from './lower-thread-priority';
import type { TextTaskName } from './text-tasks';
import { TEXT_TASKS } from './text-tasks';

// Once, as the worker thread loads: everything it runs is background work.
lowerThreadPriority();

/** What the pool sends a worker: which task, its input, and a port to say the task has started. */
export interface TextWorkMessage {
  task: TextTaskName;
  input: unknown;
  started: MessagePort;
}

/**
 * The worker thread's entry (piscina calls the default export). It reports
 * the start first, so the pool times the task's own run and not its wait in
 * the queue behind another capture.
 */
export default function runTextTask({ task, input, started }: TextWorkMessage): unknown {
  started.postMessage('started');
  started.close();
  const run = TEXT_TASKS[task] as (input: unknown) => unknown;
  return run(input);
}
