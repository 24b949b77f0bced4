/** One element found by name: the source of its opening tag's attributes and what lies between its tags. */
export interface FoundElement {
  attributes: string;
  inner: string;
}

/**
 * Elements named `name` (any namespace prefix, any case), each from an
 * opening tag to the nearest closing tag after it, not nested, in order:
 * what `<name\b[^>]*>([\s\S]*?)</name\s*>` matched. That pattern searched to
 * the end of the text from every opening tag left unclosed ("<item><item>…"),
 * time quadratic in the text; here the closing tags are listed once and both
 * lists are walked together.
 */
export function elements(text: string, name: string): FoundElement[] {
  const closings = [...text.matchAll(new RegExp(`</(?:[\\w-]+:)?${name}\\s*>`, 'gi'))];
  const openings = new RegExp(`<(?:[\\w-]+:)?${name}\\b`, 'gi');
  const found: FoundElement[] = [];
  let closing = 0;
  let tagEnd = -1;
  for (let opening = openings.exec(text); opening; opening = openings.exec(text)) {
    const from = opening.index + opening[0].length;
    if (tagEnd < from) tagEnd = text.indexOf('>', from);
    if (tagEnd < 0) break;
    while (closing < closings.length && closings[closing].index <= tagEnd) closing++;
    if (closing === closings.length) break;
    const close = closings[closing];
    found.push({ attributes: text.slice(from, tagEnd), inner: text.slice(tagEnd + 1, close.index) });
    openings.lastIndex = close.index + close[0].length;
  }
  return found;
}

/** Every opening or empty tag named `name`: the source of its attributes, without a closing "/". */
export function openingTags(text: string, name: string): string[] {
  const tags: string[] = [];
  const openings = new RegExp(`<(?:[\\w-]+:)?${name}\\b`, 'gi');
  for (let opening = openings.exec(text); opening; opening = openings.exec(text)) {
    const from = opening.index + opening[0].length;
    const tagEnd = text.indexOf('>', from);
    if (tagEnd < 0) break;
    const source = text.slice(from, tagEnd);
    tags.push(source.endsWith('/') ? source.slice(0, -1) : source);
    openings.lastIndex = tagEnd + 1;
  }
  return tags;
}

/** `text` without the spans from each `open` to the next `close` (both dropped); an unclosed span is kept. */
export function withoutSpans(text: string, open: string, close: string, keepInside = false): string {
  const parts: string[] = [];
  let copiedTo = 0;
  for (let start = text.indexOf(open); start >= 0; start = text.indexOf(open, copiedTo)) {
    const end = text.indexOf(close, start + open.length);
    if (end < 0) break;
    parts.push(text.slice(copiedTo, start));
    if (keepInside) parts.push(text.slice(start + open.length, end));
    copiedTo = end + close.length;
  }
  parts.push(text.slice(copiedTo));
  return parts.join('');
}
