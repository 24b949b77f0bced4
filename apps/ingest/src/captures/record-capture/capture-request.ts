import { CaptureSource } from '@palimpsest/contracts';
import { parseIsoInstant } from '@palimpsest/platform';

/** A capture as the API accepts it, after validation. */
export interface CaptureRequest {
  /** Who captured it; the HTTP API when absent. */
  source?: CaptureSource;
  url: string;
  html?: string;
  text?: string;
  observedAt: string;
  publishedAt: string | null;
}

export type CaptureParseResult = { ok: true; capture: CaptureRequest } | { ok: false; reason: string };

const invalid = (reason: string): CaptureParseResult => ({ ok: false, reason });

/**
 * Validates a capture body. `now` is the observation time when none is given.
 * Each rejection names the problem, so a client can fix its request.
 */
export function parseCaptureRequest(body: unknown, now: Date): CaptureParseResult {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return invalid('the body must be a JSON object with "url" and "html" or "text"');
  }
  const { url, html, text, observedAt, publishedAt } = body as Record<string, unknown>;
  const urlProblem = checkUrl(url);
  if (urlProblem) return invalid(urlProblem);
  const content = html ?? text;
  const field = html !== undefined ? 'html' : 'text';
  if (content === undefined) return invalid('one of "html" or "text" is required');
  if (typeof content !== 'string') return invalid(`"${field}" must be a string`);
  if (content.trim() === '') return invalid(`"${field}" is empty`);
  const textProblem = checkIsText(content, field);
  if (textProblem) return invalid(textProblem);
  const observed = observedAt === undefined ? now.toISOString() : parseObservedAt(observedAt, now);
  if (observed === null)
    return invalid(
      `"observedAt" must be an ISO 8601 date-time from ${EARLIEST_DATE} to a day from now, e.g. 2018-10-26T16:00:00Z`,
    );
  const published = publishedAt === undefined || publishedAt === null ? null : parsePublishedAt(publishedAt, now);
  if (published === undefined)
    return invalid(`"publishedAt" must be an ISO 8601 date from ${EARLIEST_DATE} to a day from now, e.g. 2018-10-26`);
  const capture: CaptureRequest = { url: url as string, observedAt: observed, publishedAt: published };
  capture[field] = content;
  return { ok: true, capture };
}

/** Longer URLs are no page address but a payload; 8 kB is what common servers accept. */
export const MAX_URL_LENGTH = 8192;

function checkUrl(url: unknown): string | null {
  if (url === undefined || url === null || url === '') return '"url" is required';
  if (typeof url !== 'string') return '"url" must be a string';
  if (url.length > MAX_URL_LENGTH) return `"url" must be at most ${MAX_URL_LENGTH} characters`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '"url" is not a valid URL';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return '"url" must be an http or https URL';
  // The URL is stored in the log and shown to every reader: a password in it would leak.
  if (parsed.username !== '' || parsed.password !== '')
    return '"url" must not contain credentials (user:password@): they would be stored and shown with the report';
  return null;
}

// Invalid UTF-8 arrives as U+FFFD after body parsing; a few can be genuine,
// a noticeable share means the body was binary or mis-encoded.
const REPLACEMENT_CHARACTER = /\uFFFD/g;

function checkIsText(content: string, field: string): string | null {
  if (content.includes('\u0000')) return `"${field}" contains NUL bytes: binary data is not a page`;
  const replaced = content.match(REPLACEMENT_CHARACTER)?.length ?? 0;
  if (replaced > 8 && replaced / content.length > 0.005) return `"${field}" is not valid UTF-8 text`;
  return null;
}

// No web report predates 1990, and nothing can be observed or published in the
// future; a day of slack covers clocks and time zones.
const EARLIEST_DATE = '1990-01-01';
const EARLIEST = Date.parse(`${EARLIEST_DATE}T00:00:00Z`);
const ONE_DAY_MS = 24 * 60 * 60 * 1000;

function withinSaneRange(instant: Date | null, now: Date): instant is Date {
  return instant !== null && instant.getTime() >= EARLIEST && instant.getTime() <= now.getTime() + ONE_DAY_MS;
}

function parseObservedAt(value: unknown, now: Date): string | null {
  const instant = typeof value === 'string' ? parseIsoInstant(value, 'date-time') : null;
  return withinSaneRange(instant, now) ? instant.toISOString() : null;
}

/** A publication date; a date-time is accepted and its calendar date kept. */
function parsePublishedAt(value: unknown, now: Date): string | undefined {
  const instant = typeof value === 'string' ? parseIsoInstant(value, 'date-or-date-time') : null;
  return withinSaneRange(instant, now) ? (value as string).slice(0, 10) : undefined;
}

/**
 * A raw text/plain or text/html body with the other fields as query parameters.
 * The page comes from the body only: an `html` or `text` parameter beside it
 * would silently replace one with the other, so the pair is refused.
 */
export function rawBodyCapture(
  body: string,
  query: Record<string, unknown>,
  contentType: string,
): { ok: true; request: Record<string, unknown> } | { ok: false; reason: string } {
  const conflicting = ['html', 'text'].find((field) => query[field] !== undefined);
  if (conflicting)
    return {
      ok: false,
      reason: `the page is the request body, so the "${conflicting}" query parameter must not be given with it`,
    };
  const field = contentType.toLowerCase().startsWith('text/html') ? 'html' : 'text';
  return { ok: true, request: { ...query, [field]: body } };
}
