import { ApiEndpoint, callApi } from '../api-call';
import { CliIo, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../command';
import { writeJson } from '../write-json';
import { JobProgress, renderProgress } from './progress-bar';

/** The app that runs the job (base URL, e.g. http://127.0.0.1:3000, and token), and how to follow it. */
export interface JobApi extends ApiEndpoint {
  /** The collection path: POST starts a job, GET <path>/<id> reports it. */
  path: string;
  body: unknown;
  /** Statuses after which polling stops, and whether each one is a success. */
  finalStatuses: Record<string, boolean>;
  pollMs?: number;
}

type JobView = JobProgress & { id: string | number; status: string; error?: string | null };

/** Starts a job over HTTP, draws its progress on stderr while polling, and prints its final state on stdout. */
export async function followJob(api: JobApi, io: CliIo, command: string): Promise<number> {
  const started = await callApi(api, 'POST', api.path, api.body);
  if (started.status !== 202) {
    io.stderr.write(`palimpsest ${command}: ${describeFailure(started)}\n`);
    return started.status >= 500 || started.status === 0 ? EXIT_FAILURE : EXIT_USAGE;
  }
  let job = started.body as JobView;
  while (!(job.status in api.finalStatuses)) {
    io.stderr.write(`\r${renderProgress(job)}`);
    await new Promise((resolve) => setTimeout(resolve, api.pollMs ?? 250));
    const polled = await callApi(api, 'GET', `${api.path}/${encodeURIComponent(String(job.id))}`);
    if (polled.status !== 200) {
      io.stderr.write(`\npalimpsest ${command}: ${describeFailure(polled)}\n`);
      return EXIT_FAILURE;
    }
    job = polled.body as JobView;
  }
  io.stderr.write(`\r${renderProgress(job)}\n`);
  writeJson(io, job);
  return api.finalStatuses[job.status] ? EXIT_OK : EXIT_FAILURE;
}

function describeFailure({ status, body }: { status: number; body: unknown }): string {
  const message = (body as { message?: unknown } | null)?.message;
  const text = Array.isArray(message) ? message.join('; ') : message ? String(message) : '';
  return status === 0 ? text : `API answered ${status}${text ? `: ${text}` : ''}`;
}
