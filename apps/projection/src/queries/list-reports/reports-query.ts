import { canonicalUrl, publisherName } from '@palimpsest/contracts';
import { CursorValues, decodeCursor, FOREIGN_CURSOR, isCursorInstant } from '../http/cursor';
import { accept, allOf, Parsed, refuse } from '../http/parsed';
import { instant, limit, text } from '../http/query-values';

export interface ReportsQuery {
  canonicalUrl?: string;
  urlPrefix?: string;
  publisher?: string;
  titleText?: string;
  changedSince?: string;
  after?: CursorValues;
  limit: number;
}

/** Reads `GET /reports` filters; a URL is matched by its canonical form, as ingest names reports. */
export function parseReportsQuery(query: Record<string, unknown>): Parsed<ReportsQuery> {
  const url = text('url', query.url);
  if (!url.ok) return url;
  let canonical: string | undefined;
  if (url.value !== undefined) {
    try {
      canonical = canonicalUrl(url.value);
    } catch {
      return refuse(`"url" is not a valid URL (got "${url.value}")`);
    }
  }
  const parsed = allOf({
    urlPrefix: text('urlPrefix', query.urlPrefix),
    publisher: text('publisher', query.publisher, 253),
    titleText: text('q', query.q, 200),
    changedSince: instant('changedSince', query.changedSince),
    after: decodeCursor(query.cursor, 2),
    limit: limit(query.limit, 50, 500),
  });
  if (!parsed.ok) return parsed;
  const { after, publisher, ...rest } = parsed.value;
  if (after && !isReportPosition(after)) return refuse(FOREIGN_CURSOR);
  return accept({
    ...rest,
    after,
    publisher: publisher === undefined ? undefined : publisherName(publisher),
    canonicalUrl: canonical,
  });
}

function isReportPosition([time, id]: CursorValues): boolean {
  return isCursorInstant(time) && typeof id === 'string';
}

/** LIKE treats % and _ as wildcards; a prefix or a search text matches them literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
