import { ApiAnswer, ApiEndpoint, callApi } from '../api-call';
import { Command, CliIo, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../command';
import { DEFAULT_PROJECTION_API } from '../rebuild/rebuild.command';
import { writeJson } from '../write-json';
import { DlqRequest, parseDlqOptions } from './dlq-options';
import { DeadLetterView, formatDeadLetters, formatRedriveOutcome, RedriveOutcomeView } from './format-dead-letters';

export const dlqCommand: Command = {
  name: 'dlq',
  summary:
    'List dead letters (list [--limit N] [--json]) or put them back on their topic (redrive --id P:O | --all), ' +
    'through the projection API (--api, --token).',
  operands: ['list|redrive'],
  options: {
    limit: { type: 'string' },
    json: { type: 'boolean' },
    id: { type: 'string', multiple: true },
    all: { type: 'boolean' },
    api: { type: 'string' },
    token: { type: 'string' },
  },
  async run({ positionals, values }, io) {
    const parsed = parseDlqOptions(positionals[0], values);
    if (!parsed.ok) {
      io.stderr.write(`palimpsest dlq: ${parsed.message}\n`);
      return EXIT_USAGE;
    }
    const api = typeof values.api === 'string' ? values.api : (process.env.PALIMPSEST_API ?? DEFAULT_PROJECTION_API);
    const token = typeof values.token === 'string' ? values.token : process.env.API_TOKEN;
    return runRequest(parsed.request, { baseUrl: api.replace(/(?<!\/)\/+$/, ''), token }, io);
  },
};

/** Dead letters through the projection API (GET /dead-letters, POST /dead-letters/redrive with the token). */
async function runRequest(request: DlqRequest, api: ApiEndpoint, io: CliIo): Promise<number> {
  if (request.action === 'list') {
    const answer = await callApi(api, 'GET', `/dead-letters?limit=${request.limit}`);
    if (answer.status !== 200) return fail(io, answer);
    const entries = (answer.body as { items: DeadLetterView[] }).items;
    if (request.json) writeJson(io, entries);
    else io.stdout.write(formatDeadLetters(entries));
    return EXIT_OK;
  }
  if (!api.token) {
    io.stderr.write('palimpsest dlq: redrive changes the pipeline and needs the API token: --token or API_TOKEN\n');
    return EXIT_USAGE;
  }
  const body = request.selection === 'all' ? { all: true } : { ids: request.selection.ids };
  const answer = await callApi(api, 'POST', '/dead-letters/redrive', body);
  if (answer.status !== 200) return fail(io, answer);
  const outcome = answer.body as RedriveOutcomeView;
  for (const id of outcome.redriven) io.stderr.write(`redriven ${id}\n`);
  io.stdout.write(formatRedriveOutcome(outcome));
  return outcome.missing.length > 0 ? EXIT_USAGE : EXIT_OK;
}

/** The API's reason on stderr; a refusal (4xx) is a usage problem, anything else a failure. */
function fail(io: CliIo, { status, body }: ApiAnswer): number {
  const message = (body as { message?: unknown } | null)?.message;
  const text = Array.isArray(message) ? message.join('; ') : message ? String(message) : '';
  io.stderr.write(
    `palimpsest dlq: ${status === 0 ? text : `projection API answered ${status}${text ? `: ${text}` : ''}`}\n`,
  );
  return status >= 400 && status < 500 ? EXIT_USAGE : EXIT_FAILURE;
}
