import { Command } from '../command';
import { followJob } from '../rebuild/follow-job';

export const DEFAULT_DIFF_API = 'http://127.0.0.1:3003';

export const reanalyzeCommand: Command = {
  name: 'reanalyze',
  summary: "Derive every revision's figures and changes again with the diff service's current analyzer version.",
  operands: [],
  options: { api: { type: 'string' }, token: { type: 'string' } },
  async run({ values }, io) {
    const api = typeof values.api === 'string' ? values.api : (process.env.PALIMPSEST_DIFF_API ?? DEFAULT_DIFF_API);
    const token = typeof values.token === 'string' ? values.token : process.env.API_TOKEN;
    return followJob(
      {
        baseUrl: api.replace(/(?<!\/)\/+$/, ''),
        path: '/admin/reanalyses',
        token,
        body: {},
        finalStatuses: { done: true, failed: false },
      },
      io,
      'reanalyze',
    );
  },
};
