import type { AppApi } from '../app-api';
import { API_OPTIONS, appApiFrom, callApi, exitCodeOf, failureMessage } from '../app-api';
import type { Command, CliIo } from '../command';
import { complain, EXIT_OK, EXIT_USAGE } from '../command';
import { writeJson } from '../write-json';
import type { DlqRequest } from './dlq-options';
import { parseDlqOptions } from './dlq-options';
import type { DeadLetterView, RedriveOutcomeView } from './format-dead-letters';
import { formatDeadLetters, formatRedriveOutcome } from './format-dead-letters';

export const dlqCommand: Command = {
  name: 'dlq',
  summary:
    'List dead letters (list [--limit N] [--json]) or put them back on their topic (redrive --id P:O | --all), ' +
    'through the projection API (--api, --token).',
  operands: ['list|redrive'],
  options: {
    limit: { type: 'string', description: 'how many to list (default 50)' },
    json: { type: 'boolean', description: 'list as JSON' },
    id: { type: 'string', multiple: true, description: 'PARTITION:OFFSET to redrive, as list shows (repeatable)' },
    all: { type: 'boolean', description: 'redrive every dead letter' },
    ...API_OPTIONS,
  },
  async run({ positionals, values }, io) {
    const parsed = parseDlqOptions(positionals[0], values);
    if (!parsed.ok) return complain(io, 'dlq', parsed.reason);
    const api = appApiFrom('projection', values, process.env);
    if (!api.ok) return complain(io, 'dlq', api.reason);
    return runRequest(parsed.value, api.value, io);
  },
};

/** Dead letters through the projection API (GET /dead-letters, POST /dead-letters/redrive with the token). */
async function runRequest(request: DlqRequest, api: AppApi, io: CliIo): Promise<number> {
  if (request.action === 'list') {
    const answer = await callApi(api, 'GET', `/dead-letters?limit=${request.limit}`);
    if (answer.status !== 200) return complain(io, 'dlq', failureMessage(api, answer), exitCodeOf(answer));
    const entries = (answer.body as { items: DeadLetterView[] }).items;
    if (request.json) writeJson(io, entries);
    else io.stdout.write(formatDeadLetters(entries));
    return EXIT_OK;
  }
  if (!api.token)
    return complain(io, 'dlq', 'redrive changes the pipeline and needs the API token: --token or API_TOKEN');
  const body = request.selection === 'all' ? { all: true } : { ids: request.selection.ids };
  const answer = await callApi(api, 'POST', '/dead-letters/redrive', body);
  if (answer.status !== 200) return complain(io, 'dlq', failureMessage(api, answer), exitCodeOf(answer));
  const outcome = answer.body as RedriveOutcomeView;
  for (const id of outcome.redriven) io.stderr.write(`redriven ${id}\n`);
  io.stdout.write(formatRedriveOutcome(outcome));
  return outcome.missing.length > 0 ? EXIT_USAGE : EXIT_OK;
}
