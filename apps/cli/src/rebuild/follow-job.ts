import type { AppApi } from '../app-api';
import { callApi, exitCodeOf, failureMessage } from '../app-api';
import type { CliIo } from '../command';
import { complain, EXIT_FAILURE, EXIT_OK } from '../command';
import type { ProgressStream } from '../progress/progress-bar';
import { createProgressBar } from '../progress/progress-bar';
import { writeJson } from '../write-json';

/** How to start and follow a job on the app that runs it. */
export interface JobRequest {
  /** The collection path: POST starts a job, GET <path>/<id> reports it. */
  path: string;
  body: unknown;
  /** Statuses after which polling stops, and whether each one is a success. */
  finalStatuses: Record<string, boolean>;
  pollMs?: number;
}

interface JobView {
  id: string | number;
  status: string;
  appliedEvents: number;
  totalEvents: number;
  error?: string | null;
}

/** Starts a job over HTTP, draws its progress on stderr while polling, and prints its final state on stdout. */
export async function followJob(api: AppApi, job: JobRequest, io: CliIo, command: string): Promise<number> {
  const started = await callApi(api, 'POST', job.path, job.body);
  if (started.status !== 202) return complain(io, command, failureMessage(api, started), exitCodeOf(started));
  let view = started.body as JobView;
  const progress = createProgressBar(io.stderr as ProgressStream, command, 'events', view.totalEvents);
  while (!(view.status in job.finalStatuses)) {
    progress.update(view.appliedEvents, view.totalEvents);
    await new Promise((resolve) => setTimeout(resolve, job.pollMs ?? 250));
    const polled = await callApi(api, 'GET', `${job.path}/${encodeURIComponent(String(view.id))}`);
    if (polled.status !== 200) {
      progress.finish();
      return complain(io, command, failureMessage(api, polled), EXIT_FAILURE);
    }
    view = polled.body as JobView;
  }
  progress.update(view.appliedEvents, view.totalEvents);
  progress.finish();
  writeJson(io, view);
  return job.finalStatuses[view.status] ? EXIT_OK : EXIT_FAILURE;
}
