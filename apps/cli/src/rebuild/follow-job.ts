import { CliIo, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../command';
import { writeJson } from '../write-json';
import { JobProgress, renderProgress } from './progress-bar';

export interface JobApi {
  /** Base URL of the app that runs the job, e.g. http://127.0.0.1:3000. */
  baseUrl: string;
  /** The collection path: POST starts a job, GET <path>/<id> reports it. */
  path: string;
  token: string | undefined;
  body: unknown;
  /** Statuses after which polling stops, and whether each one is a success. */
  finalStatuses: Record<string, boolean>;
  pollMs?: number;
}

type JobView = JobProgress & { id: string | number; status: string; error?: string | null };

/** Starts a job over HTTP, draws its progress on stderr while polling, and prints its final state on stdout. */
export async function followJob(api: JobApi, io: CliIo, command: string): Promise<number> {
  const started = await call(api, 'POST', api.path, api.body);
  if (started.status !== 202) {
    io.stderr.write(`palimpsest ${command}: ${describeFailure(started)}\n`);
    return started.status >= 500 || started.status === 0 ? EXIT_FAILURE : EXIT_USAGE;
  }
  let job = started.body as JobView;
  while (!(job.status in api.finalStatuses)) {
    io.stderr.write(`\r${renderProgress(job)}`);
    await new Promise((resolve) => setTimeout(resolve, api.pollMs ?? 250));
    const polled = await call(api, 'GET', `${api.path}/${encodeURIComponent(String(job.id))}`);
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

async function call(api: JobApi, method: string, path: string, body?: unknown) {
  try {
    const response = await fetch(`${api.baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(api.token ? { authorization: `Bearer ${api.token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    return { status: 0, body: { message: `cannot reach ${api.baseUrl} (${cause})` } };
  }
}

function describeFailure({ status, body }: { status: number; body: unknown }): string {
  const message = (body as { message?: unknown } | null)?.message;
  const text = Array.isArray(message) ? message.join('; ') : message ? String(message) : '';
  return status === 0 ? text : `API answered ${status}${text ? `: ${text}` : ''}`;
}
