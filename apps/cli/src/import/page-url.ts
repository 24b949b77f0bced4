/** The page's own URL when it states one: `<link rel="canonical">`, else `og:url`. */
export function statedPageUrl(html: string): string | null {
  for (const tag of html.match(/<(?:link|meta)\b[^>]*>/gi) ?? []) {
    const attribute = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
    const isCanonical = /^link/i.test(tag.slice(1)) && /(^|\s)canonical(\s|$)/i.test(attribute('rel') ?? '');
    const isOgUrl = /^meta/i.test(tag.slice(1)) && attribute('property')?.toLowerCase() === 'og:url';
    const url = isCanonical ? attribute('href') : isOgUrl ? attribute('content') : undefined;
    if (url && /^https?:\/\//i.test(url)) return url;
  }
  return null;
}
