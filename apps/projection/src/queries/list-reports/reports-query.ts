import { canonicalUrl, publisherName } from '@palimpsest/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import { isCursorInstant, type CursorValues } from '../http/cursor';
import { cursor, instant, limit, text } from '../http/query-values';

/** `GET /reports` filters; a URL is matched by its canonical form, as ingest names reports. */
export const reportsQuery = z
  .object({
    url: text('url', 'exact URL (matched in canonical form)').transform((url, context) => {
      if (url === undefined) return undefined;
      try {
        return canonicalUrl(url);
      } catch {
        context.issues.push({ code: 'custom', input: url, message: `"url" is not a valid URL (got "${url}")` });
        return z.NEVER;
      }
    }),
    urlPrefix: text('urlPrefix', 'URL prefix, e.g. https://about.fb.com/news/2018/'),
    publisher: text('publisher', 'host without www., e.g. about.fb.com', 253),
    q: text('q', 'text in the title (case-insensitive)', 200),
    changedSince: instant('changedSince', 'revised at or after this instant'),
    cursor: cursor(2, isReportPosition),
    limit: limit(50, 500),
  })
  .transform(({ url, q, publisher, cursor: after, ...rest }) => ({
    ...rest,
    after,
    titleText: q,
    publisher: publisher === undefined ? undefined : publisherName(publisher),
    canonicalUrl: url,
  }));

export class ReportsQueryDto extends createZodDto(reportsQuery) {}
export type ReportsQuery = z.output<typeof reportsQuery>;

function isReportPosition([time, id]: CursorValues): boolean {
  return isCursorInstant(time) && typeof id === 'string';
}

/** LIKE treats % and _ as wildcards; a prefix or a search text matches them literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
