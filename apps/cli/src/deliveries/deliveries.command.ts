import { API_OPTIONS, appApiFrom, callApi, exitCodeOf, failureMessage } from '../app-api';
import type { Command } from '../command';
import { complain, EXIT_OK } from '../command';
import { writeJson } from '../write-json';

export const deliveriesCommand: Command = {
  name: 'deliveries',
  summary: "Print a subscription's delivery log as JSON: attempts, status codes, latency, next retry, dead letters.",
  operands: ['ID'],
  options: { ...API_OPTIONS },
  async run({ positionals: [id], values }, io) {
    const api = appApiFrom('alerts', values, process.env);
    if (!api.ok) return complain(io, 'deliveries', api.reason);
    const answer = await callApi(api.value, 'GET', `/subscriptions/${encodeURIComponent(id)}/deliveries`);
    if (answer.status !== 200) return complain(io, 'deliveries', failureMessage(api.value, answer), exitCodeOf(answer));
    writeJson(io, answer.body);
    return EXIT_OK;
  },
};
