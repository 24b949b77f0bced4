import { API_OPTIONS, appApiFrom, callApi, exitCodeOf, failureMessage } from '../app-api';
import type { Command } from '../command';
import { complain, EXIT_OK } from '../command';
import { writeJson } from '../write-json';
import { sourcesRequest } from './sources-request';

export const sourcesCommand: Command = {
  name: 'sources',
  summary:
    'Manage watched sources: `sources add --url U [--kind url|feed|sitemap] [--interval SECONDS]`, `sources list`, `sources remove --id ID`.',
  operands: ['ACTION'],
  options: {
    url: { type: 'string', description: 'the page, feed or sitemap to watch (add)' },
    kind: { type: 'string', description: 'url (default), feed or sitemap (add)' },
    interval: { type: 'string', description: 'seconds between two fetches (add)' },
    id: { type: 'string', description: 'the source to remove (remove)' },
    ...API_OPTIONS,
  },
  async run({ positionals, values }, io) {
    const request = sourcesRequest(positionals[0], values);
    if (!request.ok) return complain(io, 'sources', request.reason);
    const api = appApiFrom('ingest', values, process.env);
    if (!api.ok) return complain(io, 'sources', api.reason);
    const { method, path, body } = request.value;
    const answer = await callApi(api.value, method, path, body);
    if (answer.status === 0 || answer.status >= 400)
      return complain(io, 'sources', failureMessage(api.value, answer), exitCodeOf(answer));
    writeJson(io, answer.body ?? { removed: values.id });
    return EXIT_OK;
  },
};
