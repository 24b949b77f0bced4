import { SubscriptionStatus } from '../subscription';

export type StatusChangeResult = { ok: true; status: SubscriptionStatus } | { ok: false; reason: string };

/** PATCH accepts `{ "status": "paused" | "active" }` or `{ "paused": true | false }`. */
export function parseStatusChange(body: unknown): StatusChangeResult {
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  if (fields.status === 'paused' || fields.status === 'active') return { ok: true, status: fields.status };
  if (typeof fields.paused === 'boolean') return { ok: true, status: fields.paused ? 'paused' : 'active' };
  return { ok: false, reason: 'send { "status": "paused" } or { "status": "active" }' };
}
