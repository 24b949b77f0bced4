import { API_OPTIONS, appApiFrom, callApi, exitCodeOf, failureMessage } from '../app-api';
import type { Command } from '../command';
import { complain, EXIT_OK } from '../command';
import { writeJson } from '../write-json';
import { subscriptionBody } from './subscription-body';

export const subscribeCommand: Command = {
  name: 'subscribe',
  summary: 'Create an alert subscription (webhook, metric, rule) and print it with its secret, shown only this once.',
  operands: [],
  options: {
    url: { type: 'string', description: 'the webhook that receives alerts' },
    rule: { type: 'string', description: 'when to alert, e.g. relative>=5% or crosses:100' },
    metric: { type: 'string', description: 'figure keys to follow, comma-separated' },
    label: { type: 'string', description: "text contained in the figure's label" },
    report: { type: 'string', description: 'report ids to follow, comma-separated' },
    'url-prefix': { type: 'string', description: 'follow reports whose URL starts with this' },
    publisher: { type: 'string', description: 'follow reports of this host (without www.)' },
    from: { type: 'string', description: 'now (default) or beginning' },
    ...API_OPTIONS,
  },
  async run({ values }, io) {
    const built = subscriptionBody(values);
    if (!built.ok) return complain(io, 'subscribe', built.reason);
    const api = appApiFrom('alerts', values, process.env);
    if (!api.ok) return complain(io, 'subscribe', api.reason);
    const answer = await callApi(api.value, 'POST', '/subscriptions', built.value);
    if (answer.status !== 201) return complain(io, 'subscribe', failureMessage(api.value, answer), exitCodeOf(answer));
    writeJson(io, answer.body);
    return EXIT_OK;
  },
};
