import type { CaptureSource, Result } from '@palimpsest/contracts';
import { parseIsoInstant, parseRequest } from '@palimpsest/platform';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';

/** Longer URLs are no page address but a payload; 8 kB is what common servers accept. */
export const MAX_URL_LENGTH = 8192;

// No web report predates 1990, and nothing can be observed or published in the
// future; a day of slack covers clocks and time zones.
const EARLIEST_DATE = '1990-01-01';
const EARLIEST = Date.parse(`${EARLIEST_DATE}T00:00:00Z`);
const ONE_DAY_MS = 24 * 60 * 60 * 1000;

const OBSERVED_AT = `"observedAt" must be an ISO 8601 date-time from ${EARLIEST_DATE} to a day from now, e.g. 2018-10-26T16:00:00Z`;
const PUBLISHED_AT = `"publishedAt" must be an ISO 8601 date from ${EARLIEST_DATE} to a day from now, e.g. 2018-10-26`;

/**
 * A capture as the API takes it: JSON `{ url, html | text, observedAt?, publishedAt? }`,
 * or a raw page body with the other fields as query parameters (see rawBodyCapture).
 * `clock` gives the observation time when none is given. Each refusal names the
 * problem, so a client can fix its request; the OpenAPI description is made from it too.
 */
export function captureRequestSchema(clock: () => Date) {
  return z
    .object(captureFields(clock), { error: 'the body must be a JSON object with "url" and "html" or "text"' })
    .refine(({ html, text }) => html !== undefined || text !== undefined, {
      error: 'one of "html" or "text" is required',
    })
    .transform(({ url, html, text, observedAt, publishedAt }): CaptureFields => {
      // The html wins when both are given: one page, one reading.
      const page = html !== undefined ? { html } : { text };
      return { url, ...page, observedAt, publishedAt };
    });
}

/** Beside a raw page body, these come as query parameters. */
export const rawCaptureQuery = z
  .object(captureFields(() => new Date()))
  .pick({ url: true, observedAt: true, publishedAt: true });

function captureFields(clock: () => Date) {
  return {
    url: z
      .string({ error: ({ input }) => (input == null ? '"url" is required' : '"url" must be a string') })
      .max(MAX_URL_LENGTH, { error: `"url" must be at most ${MAX_URL_LENGTH} characters` })
      .superRefine(reportProblem(urlProblem))
      .meta({ description: 'the page address: http(s), without user:password@', format: 'uri' }),
    html: pageField('html', 'the page as HTML'),
    text: pageField('text', 'the page as plain text or Markdown'),
    observedAt: z
      .string({ error: OBSERVED_AT })
      .optional()
      .transform((value, context) => {
        if (value === undefined) return clock().toISOString();
        const instant = parseIsoInstant(value, 'date-time');
        if (withinSaneRange(instant, clock())) return instant.toISOString();
        context.issues.push({ code: 'custom', input: value, message: OBSERVED_AT });
        return z.NEVER;
      })
      .meta({
        description: 'when the page was fetched (default now), e.g. 2018-10-26T16:00:00Z',
        format: 'date-time',
      }),
    publishedAt: z
      .string({ error: PUBLISHED_AT })
      .nullish()
      .transform((value, context) => {
        if (value == null) return null;
        const instant = parseIsoInstant(value, 'date-or-date-time');
        if (withinSaneRange(instant, clock())) return value.slice(0, 10);
        context.issues.push({ code: 'custom', input: value, message: PUBLISHED_AT });
        return z.NEVER;
      })
      .meta({ description: 'publication date (a date-time keeps its date), e.g. 2018-10-26' }),
  };
}

interface CaptureFields {
  url: string;
  html?: string;
  text?: string;
  observedAt: string;
  publishedAt: string | null;
}

/** A capture as the API accepts it, after validation. */
export interface CaptureRequest extends CaptureFields {
  /** Who captured it; the HTTP API when absent. */
  source?: CaptureSource;
}

// One schema for every capture: zod 4 compiles a schema on its first parse, so a schema built per
// request cost a compile, and the memory it holds, per capture (ingest's peak memory tripled under
// load). Its checks against "now" read the instant of the parse under way, set just before it and
// cleared after: safeParse is synchronous, so no other parse can run in between.
let parsingAt: Date | null = null;
const captureRequest = captureRequestSchema(() => parsingAt ?? new Date());

/** The JSON body, for the API description. */
export class CaptureRequestDto extends createZodDto(captureRequest) {}

/** Reads a capture as of `now`, which bounds its dates and is its observation time when none is given. */
export function parseCaptureRequest(body: unknown, now: Date): Result<CaptureRequest> {
  parsingAt = now;
  try {
    return parseRequest(captureRequest, body);
  } finally {
    parsingAt = null;
  }
}

function pageField(field: 'html' | 'text', description: string) {
  return z
    .string({ error: `"${field}" must be a string` })
    .superRefine(
      reportProblem((content) => (content.trim() === '' ? `"${field}" is empty` : checkIsText(content, field))),
    )
    .optional()
    .describe(description);
}

/** A check that names its problem, as a zod refinement. */
function reportProblem(problemOf: (value: string) => string | null) {
  return (value: string, context: z.RefinementCtx) => {
    const problem = problemOf(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  };
}

function urlProblem(url: string): string | null {
  if (url === '') return '"url" is required';
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

function withinSaneRange(instant: Date | null, now: Date): instant is Date {
  return instant !== null && instant.getTime() >= EARLIEST && instant.getTime() <= now.getTime() + ONE_DAY_MS;
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
): Result<Record<string, unknown>> {
  const conflicting = ['html', 'text'].find((field) => query[field] !== undefined);
  if (conflicting)
    return {
      ok: false,
      reason: `the page is the request body, so the "${conflicting}" query parameter must not be given with it`,
    };
  const field = contentType.toLowerCase().startsWith('text/html') ? 'html' : 'text';
  return { ok: true, value: { ...query, [field]: body } };
}
