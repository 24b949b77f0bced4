import type { AmendmentKind } from '../model';

export interface NoteOpening {
  kind: AmendmentKind;
  /** Length of the opening words ("Updated", "Editor's note", "This story has been updated"). */
  length: number;
  /** The opening says on its own that the text changed; bare "Update"/"Correction" need a date or a colon too. */
  selfEvident: boolean;
}

const SELF_EVIDENT =
  /^this (?:article|story|post|page|report|piece|blog post|release|press release|statement)(?: has been| was| is| have been)? (updated|corrected|clarified|amended|revised)(?![\p{L}])/iu;
// "An earlier version of this article misstated ...": the standard wording of a correction that carries no label.
const EARLIER_VERSION =
  /^(?:an|the) (?:earlier|previous|original) version of this (?:article|story|post|report|piece|page|release)(?![\p{L}])/iu;
const EDITORS_NOTE = /^(?:editor['’]?s['’]?\s+note|editors['’]\s+note|note from the editors?|ed\.\s*note)(?![\p{L}])/iu;
const CORRECTION = /^(?:corrections?|corrected|clarifications?|clarified)(?![\p{L}])/iu;
// "Update 2:" numbers successive updates; the number is not a date.
const UPDATE = /^(?:last updated|latest update|update[ds]?)(?:\s+#?\d{1,2}(?=\s*[:—–-]\s))?(?![\p{L}])/iu;

/** The words a note opens with, and the kind they announce; null when the text opens otherwise. */
export function readNoteOpening(text: string): NoteOpening | null {
  const selfEvident = SELF_EVIDENT.exec(text);
  if (selfEvident) {
    const kind: AmendmentKind = /^updated|^revised|^amended/i.test(selfEvident[1]) ? 'update' : 'correction';
    return { kind, length: selfEvident[0].length, selfEvident: true };
  }
  const earlier = EARLIER_VERSION.exec(text);
  if (earlier) return { kind: 'correction', length: earlier[0].length, selfEvident: true };
  const patterns: Array<[RegExp, AmendmentKind]> = [
    [EDITORS_NOTE, 'editors_note'],
    [CORRECTION, 'correction'],
    [UPDATE, 'update'],
  ];
  for (const [pattern, kind] of patterns) {
    const match = pattern.exec(text);
    if (match) return { kind, length: match[0].length, selfEvident: false };
  }
  return null;
}
