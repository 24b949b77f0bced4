import { Command, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../command';
import { fetchJson, HttpGet } from '../history/history-api';
import { DEFAULT_API } from '../history/history-options';
import { writeJson } from '../write-json';
import { formatStatus, isHealthy } from './format-status';
import { PipelineStatus } from './pipeline-status';

/** `palimpsest status`: the pipeline health table; exit 1 when something is down or a group is not consuming. */
export function createStatusCommand(get: HttpGet): Command {
  return {
    name: 'status',
    summary:
      'Print pipeline health: lag per consumer group, events per second, last event, dead letters, reachability.',
    operands: [],
    options: { api: { type: 'string' }, format: { type: 'string' }, partitions: { type: 'boolean' } },
    async run({ values }, io) {
      const fail = (message: string) => {
        io.stderr.write(`palimpsest status: ${message}\n`);
        return EXIT_USAGE;
      };
      const api = ((values.api as string | undefined) ?? DEFAULT_API).replace(/(?<!\/)\/+$/, '');
      const format = (values.format as string | undefined) ?? 'table';
      if (format !== 'table' && format !== 'json') return fail(`--format must be table or json, got "${format}"`);
      let answer;
      try {
        answer = await get(`${api}/health/pipeline.json`);
      } catch (error) {
        const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
        return fail(`cannot reach the Palimpsest API at ${api} (${cause}); is the projection app running?`);
      }
      if (answer.status !== 200) return fail(`the API answered ${answer.status}`);
      const status = answer.body as PipelineStatus;
      if (format === 'json') writeJson(io, status);
      else io.stdout.write(formatStatus(status, { partitions: values.partitions === true }));
      return isHealthy(status) ? EXIT_OK : EXIT_FAILURE;
    },
  };
}

export const statusCommand = createStatusCommand(fetchJson);
