import { API_OPTIONS, appApiFrom } from '../app-api';
import type { Command } from '../command';
import { complain } from '../command';
import { followJob } from '../rebuild/follow-job';

export const reanalyzeCommand: Command = {
  name: 'reanalyze',
  summary: "Derive every revision's figures and changes again with the diff service's current analyzer version.",
  operands: [],
  options: { ...API_OPTIONS },
  async run({ values }, io) {
    const api = appApiFrom('diff', values, process.env);
    if (!api.ok) return complain(io, 'reanalyze', api.reason);
    const job = { path: '/admin/reanalyses', body: {}, finalStatuses: { done: true, failed: false } };
    return followJob(api.value, job, io, 'reanalyze');
  },
};
