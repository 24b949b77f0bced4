// Decorations that sites put before widget captions ("▼ RECENT NEWS", "» Share").
const LEADING_DECORATION = /^[\s▼▲►▶◀▸▾•·|»«›‹→←↑↓#*_~>-]+/;

/** The text with decorative symbols and emphasis markers trimmed from its ends, for matching captions. */
export function bareCaption(text: string): string {
  return text
    .replace(LEADING_DECORATION, '')
    .replace(/(?<![\s*_~|])[\s*_~|]+$/, '')
    .trim();
}

export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}

/** Ends like a sentence, or is long enough to be one: what prose looks like, unlike captions and menus. */
export function isProse(text: string): boolean {
  return /[.!?;:]["'”’)\]]*$/.test(text.trim()) || wordCount(text) >= 14;
}

/** Only symbols, digits and punctuation ("###", "-30-", "* * *"). */
export function isOrnament(text: string): boolean {
  return !/\p{L}/u.test(text);
}

/** A page number left in text copied from a PDF: "Page 3 of 12", "— 7 —", "- 12 -". */
export function isPageFurniture(text: string): boolean {
  return /^(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—])$/i.test(text.trim());
}
