import type { Send } from '../app-api';
import { API_OPTIONS, appApiFrom, callApi, exitCodeOf, failureMessage } from '../app-api';
import type { Command } from '../command';
import { complain, EXIT_FAILURE, EXIT_OK } from '../command';
import { writeJson } from '../write-json';
import { formatStatus, isHealthy } from './format-status';
import type { PipelineStatus } from './pipeline-status';

/** `palimpsest status`: the pipeline health table; exit 1 when something is down or a group is not consuming. */
export function createStatusCommand(send: Send): Command {
  return {
    name: 'status',
    summary:
      'Print pipeline health: lag per consumer group, events per second, last event, dead letters, reachability.',
    operands: [],
    options: {
      format: { type: 'string', description: 'table (default) or json' },
      partitions: { type: 'boolean', description: 'show each partition' },
      ...API_OPTIONS,
    },
    async run({ values }, io) {
      const format = (values.format as string | undefined) ?? 'table';
      if (format !== 'table' && format !== 'json')
        return complain(io, 'status', `--format must be table or json, got "${format}"`);
      const api = appApiFrom('projection', values, process.env);
      if (!api.ok) return complain(io, 'status', api.reason);
      const answer = await callApi(api.value, 'GET', '/health/pipeline.json', undefined, send);
      if (answer.status !== 200) return complain(io, 'status', failureMessage(api.value, answer), exitCodeOf(answer));
      const status = answer.body as PipelineStatus;
      if (format === 'json') writeJson(io, status);
      else io.stdout.write(formatStatus(status, { partitions: values.partitions === true }));
      return isHealthy(status) ? EXIT_OK : EXIT_FAILURE;
    },
  };
}

export const statusCommand = createStatusCommand(fetch);
