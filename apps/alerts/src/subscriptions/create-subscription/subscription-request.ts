import type { Result } from '@palimpsest/contracts';
import { parseRequest } from '@palimpsest/platform';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import type { SubscriptionFilter } from '../../rules/filter';
import { parseRule, RULE_SYNTAX } from '../../rules/parse-rule';
import type { Rule } from '../../rules/rule';
import { webhookUrlFormProblem } from '../../webhook-target/check-webhook-url';

/** Where a subscription starts: events appended from now on (the default), or the whole log when asked. */
export type StartFrom = 'now' | 'beginning';

export interface SubscriptionRequest {
  url: string;
  filter: SubscriptionFilter;
  rule: Rule;
  from: StartFrom;
}

const listProblem = (name: string) => `"${name}" must be a list of non-empty strings`;

/** A list of non-empty strings; one string is a list of one. */
function stringList(name: string, description: string) {
  return z
    .union([z.string(), z.array(z.string())], { error: listProblem(name) })
    .nullish()
    .transform((value) => (value == null ? [] : typeof value === 'string' ? [value] : value))
    .refine((list) => list.every((item) => item.trim() !== ''), { error: listProblem(name) })
    .transform((list) => list.map((item) => item.trim()))
    .describe(description);
}

function optionalText(name: string, description: string) {
  const problem = `"${name}" must be a non-empty string`;
  return z
    .string({ error: problem })
    .refine((value) => value.trim() !== '', { error: problem })
    .nullish()
    .transform((value) => value?.trim() ?? null)
    .describe(description);
}

const filter = z
  .object(
    {
      reports: z
        .object(
          {
            ids: stringList('filter.reports.ids', 'report ids'),
            urlPrefix: optionalText('filter.reports.urlPrefix', 'reports whose URL starts with this'),
            publisher: optionalText('filter.reports.publisher', 'host without www., e.g. about.fb.com'),
          },
          { error: '"filter.reports" must be an object: { ids, urlPrefix, publisher }' },
        )
        .nullish()
        .transform((reports) => reports ?? { ids: [], urlPrefix: null, publisher: null }),
      metrics: z
        .object(
          {
            keys: stringList('filter.metrics.keys', 'figure keys, e.g. followers/account-follow-page'),
            label: optionalText('filter.metrics.label', "text contained in the figure's label"),
          },
          { error: '"filter.metrics" must be an object: { keys, label }' },
        )
        .nullish()
        .transform((metrics) => metrics ?? { keys: [], label: null }),
    },
    { error: '"filter" must be an object with "reports" and/or "metrics"' },
  )
  .nullish()
  .transform(
    (value): SubscriptionFilter =>
      value ?? { reports: { ids: [], urlPrefix: null, publisher: null }, metrics: { keys: [], label: null } },
  )
  .describe('which reports and figures to follow; empty follows everything');

/** A POST /subscriptions body; each refusal names the problem. Network checks on the URL come later. */
const subscriptionRequest = z
  .object(
    {
      url: z
        .string({ error: ({ input }) => webhookUrlFormProblem(input) ?? '"url" must be a string' })
        .superRefine((url, context) => {
          const problem = webhookUrlFormProblem(url);
          if (problem) context.addIssue({ code: 'custom', message: problem });
        })
        .meta({ description: 'the webhook that receives signed alerts', format: 'uri' }),
      rule: z
        .union([z.string(), z.record(z.string(), z.unknown())], { error: `"rule" is required: ${RULE_SYNTAX}` })
        .transform((input, context) => {
          const parsed = parseRule(input);
          if (parsed.ok) return parsed.value;
          context.issues.push({ code: 'custom', input, message: parsed.reason });
          return z.NEVER;
        })
        .describe(`when to alert: ${RULE_SYNTAX} (or the rule as an object)`),
      filter,
      from: z
        .enum(['now', 'beginning'], { error: '"from" must be "now" (the default) or "beginning"' })
        .default('now')
        .describe('beginning: alert on the whole log, not only on events appended from now on'),
    },
    { error: 'the body must be a JSON object with "url", "rule" and an optional "filter"' },
  )
  .refine(
    ({ rule, filter }) =>
      rule.kind !== 'amendment-note' || (filter.metrics.keys.length === 0 && filter.metrics.label === null),
    { error: '"amendment-note" alerts on notes, not figures: remove "filter.metrics"' },
  )
  .transform(({ url, filter, rule, from }): SubscriptionRequest => ({ url, filter, rule, from }));

export class SubscriptionRequestDto extends createZodDto(subscriptionRequest) {}

export function parseSubscriptionRequest(body: unknown): Result<SubscriptionRequest> {
  return parseRequest(subscriptionRequest, body);
}
