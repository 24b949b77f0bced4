/**
 * The wait a `Retry-After` header asks for, in ms from `nowMs`: either whole
 * seconds or an HTTP date (RFC 9110 10.2.3). Null when absent or unreadable,
 * so the backoff applies; a date in the past means "now".
 */
export function parseRetryAfter(value: string | string[] | undefined, nowMs: number): number | null {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Every HTTP-date form starts with the day's name; Date.parse alone would read "-5" as a year.
  if (!/^[A-Za-z]/.test(text)) return null;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}
