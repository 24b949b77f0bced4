import { CaptureSource } from '@palimpsest/contracts';

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
  const observed = observedAt === undefined ? now.toISOString() : parseInstant(observedAt);
  if (observed === null) return invalid('"observedAt" must be an ISO 8601 date-time, e.g. 2018-10-26T16:00:00Z');
  const published = publishedAt === undefined || publishedAt === null ? null : parseDate(publishedAt);
  if (published === undefined) return invalid('"publishedAt" must be an ISO 8601 date, e.g. 2018-10-26');
  const capture: CaptureRequest = { url: url as string, observedAt: observed, publishedAt: published };
  capture[field] = content;
  return { ok: true, capture };
}

function checkUrl(url: unknown): string | null {
  if (url === undefined || url === null || url === '') return '"url" is required';
  if (typeof url !== 'string') return '"url" must be a string';
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return '"url" must be an http or https URL';
  } catch {
    return '"url" is not a valid URL';
  }
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

function parseInstant(value: unknown): string | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function parseDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  return Number.isNaN(Date.parse(value.slice(0, 10))) ? undefined : value.slice(0, 10);
}
