import type { AmendmentNote, FigureChange } from '../model';

/** Notes are compared by their words: "[Updated ...]" re-typeset with other spacing or case is the same note. */
function noteIdentity(note: AmendmentNote): string {
  return note.raw
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Figures changed and the new revision carries no amendment note that the old one lacked. */
export function isSilentEdit(
  figureChanges: readonly FigureChange[],
  beforeNotes: readonly AmendmentNote[],
  afterNotes: readonly AmendmentNote[],
): boolean {
  if (figureChanges.length === 0) return false;
  const known = new Set(beforeNotes.map(noteIdentity));
  return afterNotes.every((note) => known.has(noteIdentity(note)));
}
