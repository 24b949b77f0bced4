import { type Result } from '@palimpsest/contracts';

/** The POST /subscriptions body from the command's options; the API validates the rest and answers with reasons. */
export function subscriptionBody(values: Record<string, unknown>): Result<object> {
  if (typeof values.url !== 'string')
    return { ok: false, reason: '--url is required: the webhook that receives alerts' };
  if (typeof values.rule !== 'string')
    return { ok: false, reason: '--rule is required, e.g. relative>=5% or crosses:100' };
  const list = (value: unknown) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean)
      : [];
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    ok: true,
    value: {
      url: values.url,
      rule: values.rule,
      filter: {
        reports: { ids: list(values.report), urlPrefix: text(values['url-prefix']), publisher: text(values.publisher) },
        metrics: { keys: list(values.metric), label: text(values.label) },
      },
      ...(typeof values.from === 'string' ? { from: values.from } : {}),
    },
  };
}
