import type { LabelledNote } from '../load/dataset-types';

export type PredictedNote = LabelledNote;

export interface AmendmentTally {
  labelled: number;
  /** Labelled notes found with effectiveAt, precision and timezone all equal to the label. */
  right: number;
  /** Predicted notes that match no labelled note. */
  falseNotes: number;
  falseNoteTexts: string[];
  wrong: string[];
}

/** Words only, lower-cased: brackets, emphasis and spacing around a note do not make it another note. */
function noteWords(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A prediction is the labelled note when one's words contain the other's (publishers wrap notes in brackets or bold). */
export function sameNote(a: string, b: string): boolean {
  const [wordsA, wordsB] = [noteWords(a), noteWords(b)];
  return wordsA.length > 0 && wordsB.length > 0 && (wordsA.includes(wordsB) || wordsB.includes(wordsA));
}

export function scoreAmendments(labels: readonly LabelledNote[], predicted: readonly PredictedNote[]): AmendmentTally {
  const used = new Set<number>();
  const tally: AmendmentTally = {
    labelled: labels.length,
    right: 0,
    falseNotes: 0,
    falseNoteTexts: [],
    wrong: [],
  };
  for (const label of labels) {
    const index = predicted.findIndex((note, i) => !used.has(i) && sameNote(note.raw, label.raw));
    if (index < 0) {
      tally.wrong.push(`missed: ${label.raw}`);
      continue;
    }
    used.add(index);
    const note = predicted[index];
    const right =
      note.effectiveAt === label.effectiveAt && note.precision === label.precision && note.timezone === label.timezone;
    if (right) tally.right++;
    else
      tally.wrong.push(
        `${label.raw}: got ${note.effectiveAt} ${note.precision} ${note.timezone}, want ${label.effectiveAt} ${label.precision} ${label.timezone}`,
      );
  }
  tally.falseNoteTexts = predicted.filter((_, index) => !used.has(index)).map((note) => note.raw);
  tally.falseNotes = tally.falseNoteTexts.length;
  return tally;
}
