import { API_OPTIONS, appApiFrom } from '../app-api';
import type { Command } from '../command';
import { complain } from '../command';
import { followJob } from './follow-job';

export const rebuildCommand: Command = {
  name: 'rebuild',
  summary: 'Rebuild a read model from the start of the log into new tables, with progress, then switch to it.',
  operands: [],
  options: {
    projection: { type: 'string', description: "the read model to rebuild (the projection app's: projection)" },
    ...API_OPTIONS,
  },
  async run({ values }, io) {
    if (typeof values.projection !== 'string')
      return complain(io, 'rebuild', "--projection NAME is required (the projection app's read models: projection)");
    const api = appApiFrom('projection', values, process.env);
    if (!api.ok) return complain(io, 'rebuild', api.reason);
    const job = {
      path: '/admin/rebuilds',
      body: { projection: values.projection },
      finalStatuses: { active: true, failed: false, retired: true },
    };
    return followJob(api.value, job, io, 'rebuild');
  },
};
