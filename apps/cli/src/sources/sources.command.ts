import { Command, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../command';
import { callIngestApi, ingestApiFrom, ingestFailure } from '../import/ingest-api';
import { writeJson } from '../write-json';
import { sourcesRequest } from './sources-request';

export const sourcesCommand: Command = {
  name: 'sources',
  summary:
    'Manage watched sources: `sources add --url U [--kind url|feed|sitemap] [--interval SECONDS]`, `sources list`, `sources remove --id ID`.',
  operands: ['ACTION'],
  options: {
    url: { type: 'string' },
    kind: { type: 'string' },
    interval: { type: 'string' },
    id: { type: 'string' },
    api: { type: 'string' },
    token: { type: 'string' },
  },
  async run({ positionals, values }, io) {
    const request = sourcesRequest(positionals[0], values);
    if (!request.ok) {
      io.stderr.write(`palimpsest sources: ${request.message}\n`);
      return EXIT_USAGE;
    }
    const answer = await callIngestApi(ingestApiFrom(values, process.env), request.method, request.path, request.body);
    if (answer.status >= 400) {
      io.stderr.write(`palimpsest sources: ${ingestFailure(answer)}\n`);
      return answer.status >= 500 ? EXIT_FAILURE : EXIT_USAGE;
    }
    writeJson(io, answer.body ?? { removed: values.id });
    return EXIT_OK;
  },
};
