import { AmendmentNote, Block, NormalizedDocument } from '../model';
import { joinNoteContinuations } from './note-continuation';
import { readNoteOpening } from './note-opening';
import { NoteContext, parseAmendmentNote, ParsedAmendmentNote } from './parse-amendment-note';

interface Span {
  start: number;
  end: number;
}

// Where a note can begin inside a block: the block's start, an opening bracket, or a new sentence.
const SENTENCE_START = /[.!?]["'”’)\]]*\s+(?=\S)/g;
// A dateline carries its update stamp after the date or a separator, with no sentence break:
// "Sept. 3, 2024 Updated at 5:47 p.m. ET", "May 2, 2024 · Updated 6:00 a.m."; capitalised, unlike prose.
const DATELINE_STAMP = /(?:\b\d{4},?\s+|\s[|·•]\s+)(?=(?:Last )?Updated?\b|Corrected\b)/g;
// Openings are short: checking one on a bounded prefix first keeps long blocks linear.
const OPENING_REACH = 120;

/**
 * Every amendment note in the document, in reading order. A note is a whole
 * block, a bracketed aside inside one, or the block's closing sentences; a
 * correction's bare label and date also take the paragraph below them.
 * Offsets are in `documentText(doc)` and cover the note as printed,
 * brackets included, so excluding the span removes the whole note.
 */
export function findAmendments(doc: NormalizedDocument): AmendmentNote[] {
  const context: NoteContext = { publishedAt: doc.publishedAt };
  const blocks = doc.sections.flatMap((section) => section.blocks);
  return joinNoteContinuations(
    blocks,
    blocks.map((block) => notesInBlock(block, context)),
  );
}

function notesInBlock(block: Block, context: NoteContext): AmendmentNote[] {
  const found: Array<{ span: Span; note: ParsedAmendmentNote }> = [];
  const covered = (index: number) => found.some(({ span }) => index >= span.start && index < span.end);
  const consider = (span: Span) => {
    if (covered(span.start) || !opensNote(block.text.slice(span.start, span.start + OPENING_REACH))) return;
    const note = parseAmendmentNote(block.text.slice(span.start, span.end), context);
    if (note) found.push({ span, note });
  };
  for (const span of bracketedSpans(block.text)) consider(span);
  consider({ start: 0, end: block.text.length });
  for (const pattern of [SENTENCE_START, DATELINE_STAMP]) {
    for (const match of block.text.matchAll(pattern)) {
      consider({ start: (match.index ?? 0) + match[0].length, end: block.text.length });
    }
  }
  found.sort((a, b) => a.span.start - b.span.start);
  return found.map(({ span, note }) => ({
    ...note,
    blockId: block.id,
    start: block.start + span.start,
    end: block.start + span.end,
  }));
}

function opensNote(prefix: string): boolean {
  return readNoteOpening(prefix.replace(/^[\s[(*_]+/, '')) !== null;
}

/** Bracketed or parenthesised asides that open with a note keyword, matched to their closing bracket. */
function bracketedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(/[[(]\s*(?:\*\*|__|\*|_)?\s*(?=update|correct|clarif|editor|note|this)/gi)) {
    const start = match.index ?? 0;
    const end = closingBracket(text, start);
    if (end > start) spans.push({ start, end: end + 1 });
  }
  return spans;
}

function closingBracket(text: string, open: number): number {
  const opener = text[open];
  const closer = opener === '[' ? ']' : ')';
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === opener) depth++;
    else if (text[index] === closer && --depth === 0) return index;
  }
  return -1;
}
