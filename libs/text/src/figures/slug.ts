/** Lowercase words joined by hyphens, apostrophes dropped: "What We've Found So Far" -> "what-weve-found-so-far". */
export function slugify(text: string): string {
  // Runs of other characters become one hyphen each, so only a single hyphen can open or close the slug.
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
