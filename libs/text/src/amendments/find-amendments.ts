import type { AmendmentNote, Block, NormalizedDocument } from '../model';
import type { WorkMeter } from '../work-meter';
import { NO_METER } from '../work-meter';
import { joinNoteContinuations } from './note-continuation';
import { readNoteOpening } from './note-opening';
import type { NoteContext, ParsedAmendmentNote } from './parse-amendment-note';
import { parseAmendmentNote } from './parse-amendment-note';

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
// A candidate is first read from its opening (where its moment and separator sit) and its last characters
// (where any wrapping brackets close); only one that reads as a note there is read whole. A block of many
// sentences that open like notes but are not ("Update later. Update later. …") so costs a bounded read each.
const PROBE_HEAD = 1000;
const PROBE_TAIL = 12;
const STEP = 'amendments';

/**
 * Every amendment note in the document, in reading order. A note is a whole
 * block, a bracketed aside inside one, or the block's closing sentences; a
 * correction's bare label and date also take the paragraph below them.
 * Offsets are in `documentText(doc)` and cover the note as printed,
 * brackets included, so excluding the span removes the whole note.
 */
export function findAmendments(doc: NormalizedDocument, meter: WorkMeter = NO_METER): AmendmentNote[] {
  const context: NoteContext = { publishedAt: doc.publishedAt };
  const blocks = doc.sections.flatMap((section) => section.blocks);
  return joinNoteContinuations(
    blocks,
    blocks.map((block) => notesInBlock(block, context, meter)),
  );
}

/**
 * Bracketed asides are tried first, in reading order, then the block's start, its sentence starts and its
 * dateline stamps; a candidate inside a note already found is skipped. Asides are kept as disjoint stretches
 * (sorted, so a binary search answers), and every later note runs to the block's end, so it covers whatever
 * starts at or after the earliest of them.
 */
function notesInBlock(block: Block, context: NoteContext, meter: WorkMeter): AmendmentNote[] {
  const found: Array<{ span: Span; note: ParsedAmendmentNote }> = [];
  const asides: Span[] = [];
  let closingFrom = Infinity;
  const covered = (index: number) => index >= closingFrom || insideAny(asides, index);
  const consider = (span: Span): boolean => {
    meter.count(STEP);
    if (covered(span.start) || !opensNote(block.text.slice(span.start, span.start + OPENING_REACH))) return false;
    const note = readNote(block.text, span, context, meter);
    if (note) found.push({ span, note });
    return note !== null;
  };
  meter.count(STEP, block.text.length);
  for (const span of bracketedSpans(block.text)) {
    if (!consider(span)) continue;
    const last = asides[asides.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else asides.push({ ...span });
  }
  const closing = (start: number) => {
    if (consider({ start, end: block.text.length })) closingFrom = Math.min(closingFrom, start);
  };
  closing(0);
  for (const pattern of [SENTENCE_START, DATELINE_STAMP]) {
    for (const match of block.text.matchAll(pattern)) closing((match.index ?? 0) + match[0].length);
  }
  found.sort((a, b) => a.span.start - b.span.start);
  return found.map(({ span, note }) => ({
    ...note,
    blockId: block.id,
    start: block.start + span.start,
    end: block.start + span.end,
  }));
}

/** The note the span holds, read whole only when its opening and closing characters read as one. */
function readNote(text: string, span: Span, context: NoteContext, meter: WorkMeter): ParsedAmendmentNote | null {
  const length = span.end - span.start;
  if (length > PROBE_HEAD + PROBE_TAIL) {
    const probe = `${text.slice(span.start, span.start + PROBE_HEAD)} ${text.slice(span.end - PROBE_TAIL, span.end)}`;
    meter.count(STEP, probe.length);
    if (!parseAmendmentNote(probe, context)) return null;
  }
  meter.count(STEP, length);
  return parseAmendmentNote(text.slice(span.start, span.end), context);
}

/** Whether a sorted list of disjoint spans has one holding `index` (binary search). */
function insideAny(spans: readonly Span[], index: number): boolean {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle].start <= index) low = middle + 1;
    else high = middle;
  }
  return low > 0 && index < spans[low - 1].end;
}

function opensNote(prefix: string): boolean {
  return readNoteOpening(prefix.replace(/^[\s[(*_]+/, '')) !== null;
}

/** Bracketed or parenthesised asides that open with a note keyword, matched to their closing bracket. */
function bracketedSpans(text: string): Span[] {
  const spans: Span[] = [];
  const closers = matchingBrackets(text);
  for (const match of text.matchAll(/[[(]\s*(?:(?:\*\*|__|\*|_)\s*)?(?=update|correct|clarif|editor|note|this)/gi)) {
    const start = match.index ?? 0;
    const end = closers.get(start);
    if (end !== undefined) spans.push({ start, end: end + 1 });
  }
  return spans;
}

/**
 * Each "[" or "(" with the bracket of its kind that closes it (the other kind is ignored), found in one pass
 * with a stack per kind; searching forward from every opening took time quadratic in a run of unclosed ones.
 */
function matchingBrackets(text: string): Map<number, number> {
  const closers = new Map<number, number>();
  const open: Record<string, number[]> = { '[': [], '(': [] };
  const openerOf: Record<string, string> = { ']': '[', ')': '(' };
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '[' || char === '(') open[char].push(index);
    else if (char === ']' || char === ')') {
      const opening = open[openerOf[char]].pop();
      if (opening !== undefined) closers.set(opening, index);
    }
  }
  return closers;
}
