import { Command, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../command';
import { writeJson } from '../write-json';
import { alertsApiFrom, callAlertsApi, failureMessage } from './alerts-api';
import { subscriptionBody } from './subscription-body';

export const subscribeCommand: Command = {
  name: 'subscribe',
  summary: 'Create an alert subscription (webhook, metric, rule) and print it with its secret, shown only this once.',
  operands: [],
  options: {
    url: { type: 'string' },
    rule: { type: 'string' },
    metric: { type: 'string' },
    label: { type: 'string' },
    report: { type: 'string' },
    'url-prefix': { type: 'string' },
    publisher: { type: 'string' },
    from: { type: 'string' },
    api: { type: 'string' },
    token: { type: 'string' },
  },
  async run({ values }, io) {
    const built = subscriptionBody(values);
    if (!built.ok) {
      io.stderr.write(`palimpsest subscribe: ${built.message}\n`);
      return EXIT_USAGE;
    }
    const answer = await callAlertsApi(alertsApiFrom(values, process.env), 'POST', '/subscriptions', built.body);
    if (answer.status !== 201) {
      io.stderr.write(`palimpsest subscribe: ${failureMessage(answer)}\n`);
      return answer.status >= 500 ? EXIT_FAILURE : EXIT_USAGE;
    }
    writeJson(io, answer.body);
    return EXIT_OK;
  },
};
