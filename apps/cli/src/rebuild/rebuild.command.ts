import { Command, EXIT_USAGE } from '../command';
import { followJob } from './follow-job';

export const DEFAULT_PROJECTION_API = 'http://127.0.0.1:3000';

export const rebuildCommand: Command = {
  name: 'rebuild',
  summary: 'Rebuild a read model from the start of the log into new tables, with progress, then switch to it.',
  operands: [],
  options: { projection: { type: 'string' }, api: { type: 'string' }, token: { type: 'string' } },
  async run({ values }, io) {
    if (typeof values.projection !== 'string') {
      io.stderr.write(
        "palimpsest rebuild: --projection NAME is required (the projection app's read models: projection)\n",
      );
      return EXIT_USAGE;
    }
    const api = typeof values.api === 'string' ? values.api : (process.env.PALIMPSEST_API ?? DEFAULT_PROJECTION_API);
    const token = typeof values.token === 'string' ? values.token : process.env.API_TOKEN;
    return followJob(
      {
        baseUrl: api.replace(/(?<!\/)\/+$/, ''),
        path: '/admin/rebuilds',
        token,
        body: { projection: values.projection },
        finalStatuses: { active: true, failed: false, retired: true },
      },
      io,
      'rebuild',
    );
  },
};
