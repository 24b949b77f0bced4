import type { AmendmentNote } from '../model';
import type { EffectiveInstant } from './effective-instant';
import { effectiveInstant } from './effective-instant';
import { readNoteOpening } from './note-opening';
import type { StatedMoment } from './stated-moment';
import { readStatedMoment } from './stated-moment';

export type ParsedAmendmentNote = Omit<AmendmentNote, 'blockId' | 'start' | 'end'>;

export interface NoteContext {
  /** The document's publication day (YYYY-MM-DD), which supplies the year a note leaves out. */
  publishedAt?: string | null;
}

const WRAPPERS: Array<[string, string]> = [
  ['[', ']'],
  ['(', ')'],
  ['**', '**'],
  ['__', '__'],
  ['*', '*'],
  ['_', '_'],
];
// What may sit between a note's date and its text: closing brackets, then a colon or a dash.
const SEPARATOR = /^[\s)\]]*(?::|—|–|\s-\s|-\s)\s*/;
// "Correction: Sept. 6, 2024" with nothing after the date, or the correction starting as a new sentence after it.
const DATE_ENDS_LABEL = /^\s*$|^\s+(?=\p{Lu})/u;
// A note states its moment and separator within a few words of its opening; reads stop this far in, so
// whether a text is a note never depends on what lies further on (see `readNote` in find-amendments).
const MOMENT_REACH = 160;
// "Editor's note: This post was updated on ...": how deep notes may nest for the inner one to date the outer.
const MAX_NESTING = 3;
const JOINING_WORD = /^[\s,]*(?:to|with|for|because|after|as|since|so|in order|following)(?![\p{L}])/iu;

/**
 * Reads an amendment note ("[Updated on October 26, 2018 at 1:30PM PT to
 * provide ...]", "Correction, Jan. 5, 2023, 4:12 p.m. ET: ...", "Editor's
 * note: ..."); null for anything else, including sentences that only talk
 * about updating. A bare "Update"/"Correction" counts only when a date, time
 * or colon follows it.
 */
export function parseAmendmentNote(text: string, context: NoteContext = {}): ParsedAmendmentNote | null {
  return parseNote(text, context, MAX_NESTING);
}

function parseNote(text: string, context: NoteContext, nesting: number): ParsedAmendmentNote | null {
  const raw = unwrap(text.replace(/\s+/g, ' ').trim());
  const opening = readNoteOpening(raw);
  if (!opening) return null;
  const statement = readStatement(raw.slice(opening.length));
  const dated = statement.moment.date !== null || statement.moment.time !== null;
  if (!opening.selfEvident && !dated && !statement.separated) return null;
  if (!opening.selfEvident && !statement.separated && statement.reason && !JOINING_WORD.test(statement.reason)) {
    return null;
  }
  const reason = cleanReason(statement.reason);
  return { kind: opening.kind, raw, ...statedInstant(statement, reason, context, nesting), reason };
}

/** An undated opening ("Editor's note:") may be followed by a dated one ("This post was updated on ..."). */
function statedInstant(
  statement: Statement,
  reason: string | null,
  context: NoteContext,
  nesting: number,
): EffectiveInstant {
  const instant = effectiveInstant(statement.moment, context.publishedAt);
  if (instant.effectiveAt !== null || !reason || nesting <= 1) return instant;
  const inner = parseNote(reason, context, nesting - 1);
  return inner ? { effectiveAt: inner.effectiveAt, precision: inner.precision, timezone: inner.timezone } : instant;
}

interface Statement {
  moment: StatedMoment;
  separated: boolean;
  reason: string;
}

/** The moment stated after the opening words ("Update, March 10, 2021: ...") or right after its colon ("Update: March 10, 2021 — ..."). */
function readStatement(afterOpening: string): Statement {
  const moment = readStatedMoment(near(afterOpening, 0));
  const rest = afterOpening.slice(moment.end);
  const separator = SEPARATOR.exec(near(rest, 0));
  if (!separator) return { moment, separated: false, reason: rest };
  const body = rest.slice(separator[0].length);
  if (!moment.date) {
    const inner = readStatedMoment(near(body, 0));
    const innerSeparator = inner.date
      ? (SEPARATOR.exec(near(body, inner.end)) ?? DATE_ENDS_LABEL.exec(near(body, inner.end)))
      : null;
    if (innerSeparator)
      return { moment: inner, separated: true, reason: body.slice(inner.end + innerSeparator[0].length) };
  }
  return { moment, separated: true, reason: body };
}

/** The stretch of `text` from `start` that moment and separator reads look at. */
function near(text: string, start: number): string {
  return text.slice(start, start + MOMENT_REACH);
}

/** Strips brackets and emphasis that enclose the whole note. */
function unwrap(text: string): string {
  let current = text;
  for (let changed = true; changed;) {
    changed = false;
    for (const [open, close] of WRAPPERS) {
      if (current.length > open.length + close.length && current.startsWith(open) && current.endsWith(close)) {
        current = current.slice(open.length, current.length - close.length).trim();
        changed = true;
      }
    }
  }
  return current.replace(/\*\*|__/g, '');
}

/**
 * The reason without leading punctuation, trailing dots and emphasis, or closing brackets it does not open
 * ("…seven events.]" loses its "]"). Brackets are counted once and the end is trimmed from the back, so a
 * long run of closers costs one pass, not one pass per closer.
 */
function cleanReason(text: string): string | null {
  const reason = text.replace(/^[\s,;:.]+/, '');
  const balance = { '(': 0, '[': 0 };
  for (const char of reason) {
    if (char === '(' || char === '[') balance[char]++;
    else if (char === ')') balance['(']--;
    else if (char === ']') balance['[']--;
  }
  let end = trimmedEnd(reason, reason.length);
  for (;;) {
    const last = reason[end - 1];
    if ((last !== ')' && last !== ']') || (balance['('] === 0 && balance['['] === 0)) break;
    balance[last === ')' ? '(' : '[']++;
    end = trimmedEnd(reason, end - 1);
  }
  return reason.slice(0, end) || null;
}

/** The end of `text.slice(0, end)` once trailing spaces, dots and emphasis marks are dropped. */
function trimmedEnd(text: string, end: number): number {
  let at = end;
  while (at > 0 && /[\s.*_]/.test(text[at - 1])) at--;
  return at;
}
