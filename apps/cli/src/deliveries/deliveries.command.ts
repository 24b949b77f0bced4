import { Command, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../command';
import { alertsApiFrom, callAlertsApi, failureMessage } from '../subscribe/alerts-api';
import { writeJson } from '../write-json';

export const deliveriesCommand: Command = {
  name: 'deliveries',
  summary: "Print a subscription's delivery log as JSON: attempts, status codes, latency, next retry, dead letters.",
  operands: ['ID'],
  options: {
    api: { type: 'string' },
    token: { type: 'string' },
  },
  async run({ positionals: [id], values }, io) {
    const answer = await callAlertsApi(
      alertsApiFrom(values, process.env),
      'GET',
      `/subscriptions/${encodeURIComponent(id)}/deliveries`,
    );
    if (answer.status !== 200) {
      io.stderr.write(`palimpsest deliveries: ${failureMessage(answer)}\n`);
      return answer.status >= 500 ? EXIT_FAILURE : EXIT_USAGE;
    }
    writeJson(io, answer.body);
    return EXIT_OK;
  },
};
