import { canonicalUrl, deterministicId, type Result } from '@palimpsest/contracts';
import { parseRequest } from '@palimpsest/platform';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import type { Source } from '../source';
import { SOURCE_KINDS } from '../source';

export interface IntervalBounds {
  defaultMs: number;
  minMs: number;
}

export type Parsed<T> = Result<T>;

// The bounds come from the app's configuration, so each request is read with a
// schema made for them; the DTOs below describe the same fields for the API docs.

/** The interval in seconds, checked against the bounds; milliseconds once read. */
function interval(bounds: IntervalBounds) {
  return z
    .number({ error: '"intervalSeconds" must be a number' })
    .transform((seconds, context) => {
      const ms = Math.round(seconds * 1_000);
      if (ms < bounds.minMs) {
        const message = `"intervalSeconds" must be at least ${bounds.minMs / 1_000} (SOURCE_MIN_INTERVAL_MS)`;
        context.issues.push({ code: 'custom', input: seconds, message });
      } else if (ms > 2 ** 31 - 1) {
        context.issues.push({ code: 'custom', input: seconds, message: '"intervalSeconds" is too large' });
      }
      return ms;
    })
    .describe('seconds between polls; at least SOURCE_MIN_INTERVAL_MS, default SOURCE_DEFAULT_INTERVAL_MS');
}

function newSource(bounds: IntervalBounds, now: Date) {
  return z
    .object(
      {
        url: z
          .string({ error: '"url" is required: the page, feed or sitemap to watch' })
          .superRefine((url, context) => {
            const problem = sourceUrlProblem(url);
            if (problem) context.addIssue({ code: 'custom', message: problem });
          })
          .meta({ description: 'the page, feed or sitemap to watch', format: 'uri' }),
        kind: z
          .enum(SOURCE_KINDS, { error: `"kind" must be one of ${SOURCE_KINDS.join(', ')}` })
          .default('url')
          .describe('url: one page; feed: the entries of an RSS/Atom feed; sitemap: the URLs of a sitemap'),
        intervalSeconds: interval(bounds).optional(),
      },
      { error: 'the body must be a JSON object with "url" and optionally "kind" and "intervalSeconds"' },
    )
    .transform(({ url, kind, intervalSeconds }): Source => {
      const id = deterministicId('source', kind, canonicalUrl(url)).replace(/-/g, '').slice(0, 20);
      const intervalMs = intervalSeconds ?? bounds.defaultMs;
      return { id: `src_${id}`, kind, url, intervalMs, enabled: true, createdAt: now.toISOString() };
    });
}

function sourceChanges(bounds: IntervalBounds) {
  return z
    .object(
      {
        intervalSeconds: interval(bounds).optional(),
        enabled: z.boolean({ error: '"enabled" must be true or false' }).optional().describe('false pauses polling'),
      },
      { error: 'the body must be a JSON object' },
    )
    .refine(({ intervalSeconds, enabled }) => intervalSeconds !== undefined || enabled !== undefined, {
      error: 'nothing to change: send "intervalSeconds" or "enabled"',
    })
    .transform(({ intervalSeconds, enabled }) => ({
      ...(intervalSeconds === undefined ? {} : { intervalMs: intervalSeconds }),
      ...(enabled === undefined ? {} : { enabled }),
    }));
}

const DOCUMENTED_BOUNDS: IntervalBounds = { defaultMs: 3_600_000, minMs: 0 };
export class NewSourceDto extends createZodDto(newSource(DOCUMENTED_BOUNDS, new Date(0))) {}
export class SourceChangesDto extends createZodDto(sourceChanges(DOCUMENTED_BOUNDS)) {}

/** The source a POST /sources body describes; its id follows from kind and canonical URL, so adding twice is one source. */
export function parseNewSource(body: unknown, bounds: IntervalBounds, now: Date): Parsed<Source> {
  return parseRequest(newSource(bounds, now), body);
}

/** A PATCH /sources/:id body: a new interval, or enabled true/false. */
export function parseSourceChanges(
  body: unknown,
  bounds: IntervalBounds,
): Parsed<{ intervalMs?: number; enabled?: boolean }> {
  return parseRequest(sourceChanges(bounds), body);
}

function sourceUrlProblem(url: string): string | null {
  if (url === '') return '"url" is required: the page, feed or sitemap to watch';
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
