// C0/C1 controls (keeping tab and newlines), non-characters and lone surrogates
// cannot be shown and break JSON round trips, so they are dropped outright.
const INVALID_CHARACTERS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Invisible in print, so two captures differing only by them show the same text.
const INVISIBLE_CHARACTERS = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g;

/** Removes characters that cannot be displayed, keeping line structure. */
export function stripInvalidCharacters(text: string): string {
  return text.replace(INVALID_CHARACTERS, '').replace(INVISIBLE_CHARACTERS, '');
}

/** Visible text on one line: invalid characters removed, whitespace runs (NBSP included) collapsed, NFC. */
export function cleanInlineText(text: string): string {
  return stripInvalidCharacters(text).replace(/\s+/g, ' ').trim().normalize('NFC');
}
