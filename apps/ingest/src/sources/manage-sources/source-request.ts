import { canonicalUrl, deterministicId, type Result } from '@palimpsest/contracts';
import { Source, SOURCE_KINDS, SourceKind } from '../source';

export interface IntervalBounds {
  defaultMs: number;
  minMs: number;
}

/** The source a POST /sources body describes; its id follows from kind and canonical URL, so adding twice is one source. */
export function parseNewSource(body: unknown, bounds: IntervalBounds, now: Date): Result<Source> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return {
      ok: false,
      reason: 'the body must be a JSON object with "url" and optionally "kind" and "intervalSeconds"',
    };
  }
  const { url, kind = 'url', intervalSeconds } = body as Record<string, unknown>;
  const urlProblem = sourceUrlProblem(url);
  if (urlProblem) return { ok: false, reason: urlProblem };
  if (!SOURCE_KINDS.includes(kind as SourceKind))
    return { ok: false, reason: `"kind" must be one of ${SOURCE_KINDS.join(', ')}` };
  const interval = parseInterval(intervalSeconds, bounds);
  if (!interval.ok) return interval;
  const canonical = canonicalUrl(url as string);
  return {
    ok: true,
    value: {
      id: `src_${deterministicId('source', kind as string, canonical)
        .replace(/-/g, '')
        .slice(0, 20)}`,
      kind: kind as SourceKind,
      url: url as string,
      intervalMs: interval.value,
      enabled: true,
      createdAt: now.toISOString(),
    },
  };
}

/** A PATCH /sources/:id body: a new interval, or enabled true/false. */
export function parseSourceChanges(
  body: unknown,
  bounds: IntervalBounds,
): Result<{ intervalMs?: number; enabled?: boolean }> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { ok: false, reason: 'the body must be a JSON object' };
  const { intervalSeconds, enabled } = body as Record<string, unknown>;
  if (intervalSeconds === undefined && enabled === undefined) {
    return { ok: false, reason: 'nothing to change: send "intervalSeconds" or "enabled"' };
  }
  if (enabled !== undefined && typeof enabled !== 'boolean')
    return { ok: false, reason: '"enabled" must be true or false' };
  if (intervalSeconds === undefined) return { ok: true, value: { enabled: enabled as boolean } };
  const interval = parseInterval(intervalSeconds, bounds);
  if (!interval.ok) return interval;
  return {
    ok: true,
    value: { intervalMs: interval.value, ...(enabled === undefined ? {} : { enabled: enabled as boolean }) },
  };
}

function parseInterval(seconds: unknown, bounds: IntervalBounds): Result<number> {
  if (seconds === undefined) return { ok: true, value: bounds.defaultMs };
  if (typeof seconds !== 'number' || !Number.isFinite(seconds))
    return { ok: false, reason: '"intervalSeconds" must be a number' };
  const ms = Math.round(seconds * 1_000);
  if (ms < bounds.minMs)
    return { ok: false, reason: `"intervalSeconds" must be at least ${bounds.minMs / 1_000} (SOURCE_MIN_INTERVAL_MS)` };
  if (ms > 2 ** 31 - 1) return { ok: false, reason: '"intervalSeconds" is too large' };
  return { ok: true, value: ms };
}

function sourceUrlProblem(url: unknown): string | null {
  if (typeof url !== 'string' || url === '') return '"url" is required: the page, feed or sitemap to watch';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '"url" is not a valid URL';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return '"url" must be an http or https URL';
  if (parsed.username || parsed.password) return '"url" must not carry credentials';
  return null;
}
