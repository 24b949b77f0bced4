import { AmendmentNote } from '../model';
import { EffectiveInstant, effectiveInstant } from './effective-instant';
import { readNoteOpening } from './note-opening';
import { readStatedMoment, StatedMoment } from './stated-moment';

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
const JOINING_WORD = /^[\s,]*(?:to|with|for|because|after|as|since|so|in order|following)(?![\p{L}])/iu;

/**
 * Reads an amendment note ("[Updated on October 26, 2018 at 1:30PM PT to
 * provide ...]", "Correction, Jan. 5, 2023, 4:12 p.m. ET: ...", "Editor's
 * note: ..."); null for anything else, including sentences that only talk
 * about updating. A bare "Update"/"Correction" counts only when a date, time
 * or colon follows it.
 */
export function parseAmendmentNote(text: string, context: NoteContext = {}): ParsedAmendmentNote | null {
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
  return { kind: opening.kind, raw, ...statedInstant(statement, reason, context), reason };
}

/** An undated opening ("Editor's note:") may be followed by a dated one ("This post was updated on ..."). */
function statedInstant(statement: Statement, reason: string | null, context: NoteContext): EffectiveInstant {
  const instant = effectiveInstant(statement.moment, context.publishedAt);
  if (instant.effectiveAt !== null || !reason) return instant;
  const inner = parseAmendmentNote(reason, context);
  return inner ? { effectiveAt: inner.effectiveAt, precision: inner.precision, timezone: inner.timezone } : instant;
}

interface Statement {
  moment: StatedMoment;
  separated: boolean;
  reason: string;
}

/** The moment stated after the opening words ("Update, March 10, 2021: ...") or right after its colon ("Update: March 10, 2021 — ..."). */
function readStatement(afterOpening: string): Statement {
  const moment = readStatedMoment(afterOpening);
  const rest = afterOpening.slice(moment.end);
  const separator = SEPARATOR.exec(rest);
  if (!separator) return { moment, separated: false, reason: rest };
  const body = rest.slice(separator[0].length);
  if (!moment.date) {
    const inner = readStatedMoment(body);
    const innerSeparator = inner.date
      ? (SEPARATOR.exec(body.slice(inner.end)) ?? DATE_ENDS_LABEL.exec(body.slice(inner.end)))
      : null;
    if (innerSeparator)
      return { moment: inner, separated: true, reason: body.slice(inner.end + innerSeparator[0].length) };
  }
  return { moment, separated: true, reason: body };
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

function cleanReason(text: string): string | null {
  let reason = text.replace(/^[\s,;:.]+/, '').replace(/[\s.*_]+$/, '');
  while (/[\])]$/.test(reason) && !isBalanced(reason)) reason = reason.slice(0, -1).replace(/[\s.*_]+$/, '');
  return reason || null;
}

function isBalanced(text: string): boolean {
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
  return count(/\(/g) === count(/\)/g) && count(/\[/g) === count(/\]/g);
}
