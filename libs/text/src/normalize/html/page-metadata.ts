import { parseDateAttribute } from '../date-line';
import { cleanInlineText } from '../clean-text';
import type { DomDocument, DomElement } from './dom';

// Meta names (name, property or itemprop, lower-cased) publishers state the publication date in, most specific first.
const PUBLISHED_META = [
  'article:published_time',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date.issued',
  'dc.date',
  'date',
];
const TITLE_META = ['og:title', 'twitter:title'];
const JSON_LD_PUBLISHED = /"datePublished"\s*:\s*"([^"]{10,40})"/;
// " | Site", " - Site", " — Site": the separators sites put between headline and brand.
const TITLE_SEPARATOR = /(?<!\s)\s+(?:[|–—·•»]|-)\s+/;

/** The headline the page declares for sharing or its window, without the site's name. */
export function metadataTitle(document: DomDocument): string | null {
  const meta = metaContents(document);
  for (const name of TITLE_META) {
    const content = cleanInlineText(meta.get(name) ?? '');
    if (content) return withoutSiteName(content);
  }
  const windowTitle = cleanInlineText(document.querySelector('title')?.textContent ?? '');
  return windowTitle ? withoutSiteName(windowTitle) : null;
}

/** The longest separator-delimited part is the headline; the rest is branding. */
export function withoutSiteName(title: string): string {
  const parts = title.split(TITLE_SEPARATOR).filter((part) => part.trim());
  return parts.reduce((longest, part) => (part.length > longest.length ? part : longest), parts[0] ?? title).trim();
}

/** The publication day from meta tags or JSON-LD; read before scripts are removed. */
export function metadataPublishedAt(document: DomDocument): string | null {
  const meta = metaContents(document);
  for (const name of PUBLISHED_META) {
    const day = parseDateAttribute(meta.get(name));
    if (day) return day;
  }
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    const day = parseDateAttribute(JSON_LD_PUBLISHED.exec(script.textContent ?? '')?.[1]);
    if (day) return day;
  }
  return null;
}

/** Every <meta> content by its name, property or itemprop (lower-cased), read in one pass over the page. */
function metaContents(document: DomDocument): Map<string, string> {
  const contents = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll('meta[content]'))) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop');
    const content = meta.getAttribute('content');
    if (key && content && !contents.has(key.toLowerCase())) contents.set(key.toLowerCase(), content);
  }
  return contents;
}

/** The day of the first machine-readable <time> in the article, once asides and related lists are gone. */
export function contentTimeDate(root: DomElement): string | null {
  const time = root.querySelector('[itemprop="datePublished"][datetime], time[pubdate], time[datetime]');
  return parseDateAttribute(time?.getAttribute('datetime'));
}
