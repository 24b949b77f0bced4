/**
 * A report's identity: its URL without what does not change the page
 * (fragment, tracking parameters, default port, trailing slash, host case).
 */
const TRACKING_PARAMETERS = /^(utm_.+|fbclid|gclid|mc_cid|mc_eid|ref|ref_src|_hsenc|_hsmi)$/i;

export function canonicalUrl(raw: string): string {
  const url = new URL(raw);
  url.hash = '';
  url.hostname = url.hostname.toLowerCase();
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING_PARAMETERS.test(name)) url.searchParams.delete(name);
  }
  url.searchParams.sort();
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/(?<!\/)\/+$/, '');
  return url.toString();
}

/** A publisher as filters and read models name it: the host, lower case, without a leading "www.". */
export function publisherName(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

/** The publisher of a report: its URL's host, named as `publisherName` does. */
export function publisherOf(url: string): string {
  return publisherName(new URL(url).hostname);
}
