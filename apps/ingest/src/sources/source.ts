/** What a source watches: one page, the entries of an RSS/Atom feed, or the URLs of a sitemap. */
export type SourceKind = 'url' | 'feed' | 'sitemap';

export const SOURCE_KINDS: readonly SourceKind[] = ['url', 'feed', 'sitemap'];

/** A page is recorded as a capture; a listing (feed or sitemap) is read for the URLs it names. */
export type TargetRole = 'page' | 'listing';

export interface Source {
  id: string;
  kind: SourceKind;
  url: string;
  intervalMs: number;
  enabled: boolean;
  createdAt: string;
}

/** One URL a source polls, with its conditional-GET validators and failure streak. */
export interface WatchedTarget {
  sourceId: string;
  sourceKind: SourceKind;
  sourceUrl: string;
  intervalMs: number;
  url: string;
  role: TargetRole;
  etag: string | null;
  lastModified: string | null;
  consecutiveFailures: number;
  failingSince: string | null;
}
