import type { NormalizedDocument } from '../model';
import type { Span } from './span';

/** A footnote marker glued to the end of a word or sentence ("the previous period.1", "requests,2 and"). */
export const GLUED_FOOTNOTE_MARKER = /(?<=[a-z)][.,;:]["\u201d\u2019]?)\d{1,2}(?=\s|$)/g;
const BRACKETED_MARKER = /\[(\d{1,2})\]/g;
// "1 NCMEC figures include ...": the note's number, then its text.
const FOOTNOTE_LEAD = /^(\d{1,2})\s+(?=\p{Lu})/u;

/**
 * The numbers that open footnote texts ("2 Disclosure rates are weighted ...") in text copied from PDFs, in
 * `documentText(doc)` offsets. A block counts as a footnote only when its number was used as a marker before it,
 * so a paragraph that opens with a count ("12 Pages were removed") stays a figure.
 */
export function footnoteLeadSpans(doc: NormalizedDocument): Span[] {
  const markers = new Set<string>();
  const spans: Span[] = [];
  for (const block of doc.sections.flatMap((section) => section.blocks)) {
    const lead = FOOTNOTE_LEAD.exec(block.text);
    if (lead && block.kind === 'paragraph' && markers.has(lead[1])) {
      spans.push({ start: block.start, end: block.start + lead[1].length });
    }
    for (const match of block.text.matchAll(GLUED_FOOTNOTE_MARKER)) markers.add(match[0]);
    for (const match of block.text.matchAll(BRACKETED_MARKER)) markers.add(match[1]);
  }
  return spans;
}
