import { SubscriptionFilter } from '../../rules/filter';
import { parseRule } from '../../rules/parse-rule';
import { Rule } from '../../rules/rule';
import { webhookUrlFormProblem } from '../../webhook-target/check-webhook-url';

/** Where a subscription starts: events appended from now on (the default), or the whole log when asked. */
export type StartFrom = 'now' | 'beginning';

export interface SubscriptionRequest {
  url: string;
  filter: SubscriptionFilter;
  rule: Rule;
  from: StartFrom;
}

export type SubscriptionParseResult = { ok: true; request: SubscriptionRequest } | { ok: false; reason: string };

type Fields = Record<string, unknown>;
const invalid = (reason: string): SubscriptionParseResult => ({ ok: false, reason });

/** Validates a POST /subscriptions body; each rejection names the problem. Network checks on the URL come later. */
export function parseSubscriptionRequest(body: unknown): SubscriptionParseResult {
  if (!isObject(body)) return invalid('the body must be a JSON object with "url", "rule" and an optional "filter"');
  const urlProblem = webhookUrlFormProblem(body.url);
  if (urlProblem) return invalid(urlProblem);
  const rule = parseRule(body.rule);
  if (!rule.ok) return rule;
  const filter = parseFilter(body.filter);
  if (typeof filter === 'string') return invalid(filter);
  if (rule.value.kind === 'amendment-note' && (filter.metrics.keys.length > 0 || filter.metrics.label !== null)) {
    return invalid('"amendment-note" alerts on notes, not figures: remove "filter.metrics"');
  }
  const from = body.from ?? 'now';
  if (from !== 'now' && from !== 'beginning') return invalid('"from" must be "now" (the default) or "beginning"');
  return { ok: true, request: { url: body.url as string, filter, rule: rule.value, from } };
}

function parseFilter(input: unknown): SubscriptionFilter | string {
  if (input === undefined || input === null) input = {};
  if (!isObject(input)) return '"filter" must be an object with "reports" and/or "metrics"';
  const reports = input.reports ?? {};
  const metrics = input.metrics ?? {};
  if (!isObject(reports)) return '"filter.reports" must be an object: { ids, urlPrefix, publisher }';
  if (!isObject(metrics)) return '"filter.metrics" must be an object: { keys, label }';
  const ids = stringList(reports.ids, 'filter.reports.ids');
  const keys = stringList(metrics.keys, 'filter.metrics.keys');
  const urlPrefix = optionalText(reports.urlPrefix, 'filter.reports.urlPrefix');
  const publisher = optionalText(reports.publisher, 'filter.reports.publisher');
  const label = optionalText(metrics.label, 'filter.metrics.label');
  const problem = [ids, keys, urlPrefix, publisher, label].find((value): value is { problem: string } =>
    isProblem(value),
  );
  if (problem) return problem.problem;
  return {
    reports: { ids: ids as string[], urlPrefix: urlPrefix as string | null, publisher: publisher as string | null },
    metrics: { keys: keys as string[], label: label as string | null },
  };
}

function stringList(value: unknown, name: string): string[] | { problem: string } {
  if (value === undefined || value === null) return [];
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || !list.every((item) => typeof item === 'string' && item.trim() !== '')) {
    return { problem: `"${name}" must be a list of non-empty strings` };
  }
  return list.map((item: string) => item.trim());
}

function optionalText(value: unknown, name: string): string | null | { problem: string } {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || value.trim() === '') return { problem: `"${name}" must be a non-empty string` };
  return value.trim();
}

function isProblem(value: unknown): value is { problem: string } {
  return isObject(value) && typeof value.problem === 'string';
}

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
