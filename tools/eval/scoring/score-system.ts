import type { PreparedDataset } from '../prepare-dataset';
import type { EvaluatedSystem } from '../systems/evaluated-system';
import type { PrecisionRecall } from './metrics';
import { precisionRecall, ratio } from './metrics';
import { scoreAmendments } from './score-amendments';
import { scoreChanges } from './score-changes';
import { scoreFigures } from './score-figures';

type Counted = PrecisionRecall & {
  predicted: number;
  labelled: number;
  matched: number;
};
type Unavailable = { unavailable: string };

export interface SystemScores {
  system: string;
  notes: string[];
  figures: Counted;
  hedgedQualifiers: { hedged: number; right: number; accuracy: number | null };
  amendments:
    | {
        labelled: number;
        right: number;
        accuracy: number | null;
        falseNotes: number;
      }
    | Unavailable;
  figureChanges: Counted | Unavailable;
  silentEdit: { pairs: number; right: number; accuracy: number | null } | Unavailable;
  /** Per document or pair: what was missed, spurious or wrong, for reading the numbers. */
  errors: Record<string, string[]>;
}

type Notebook = (id: string, lines: string[]) => void;

/** Runs one system over the prepared dataset and totals its scores over all documents and pairs (micro-averaged). */
export function scoreSystem(system: EvaluatedSystem, dataset: PreparedDataset): SystemScores {
  const errors: Record<string, string[]> = {};
  const note: Notebook = (id, lines) => {
    if (lines.length > 0) errors[id] = [...(errors[id] ?? []), ...lines];
  };
  return {
    system: system.name,
    notes: system.notes,
    ...scoreDocuments(system, dataset, note),
    ...scorePairs(system, dataset, note),
    errors,
  };
}

function scoreDocuments(system: EvaluatedSystem, dataset: PreparedDataset, note: Notebook) {
  const figures = {
    predicted: 0,
    labelled: 0,
    matched: 0,
    hedged: 0,
    hedgedRight: 0,
  };
  const notes = { labelled: 0, right: 0, falseNotes: 0, available: true };
  for (const { id, doc, text, labels } of dataset.documents) {
    const extraction = system.extract(doc);
    const tally = scoreFigures(text, labels.figures, extraction.figures);
    for (const field of ['predicted', 'labelled', 'matched', 'hedged', 'hedgedRight'] as const)
      figures[field] += tally[field];
    note(id, [
      ...tally.unlocated.map((text) => `label not in text: ${text}`),
      ...tally.missed.map((text) => `missed: ${text}`),
      ...tally.spurious.map((text) => `spurious: ${text}`),
    ]);
    if (!extraction.amendments) {
      notes.available = false;
      continue;
    }
    const amendments = scoreAmendments(labels.amendments, extraction.amendments);
    notes.labelled += amendments.labelled;
    notes.right += amendments.right;
    notes.falseNotes += amendments.falseNotes;
    note(id, [
      ...amendments.wrong.map((text) => `note ${text}`),
      ...amendments.falseNoteTexts.map((text) => `false note: ${text}`),
    ]);
  }
  const { predicted, labelled, matched } = figures;
  return {
    figures: {
      ...precisionRecall(matched, predicted, labelled),
      predicted,
      labelled,
      matched,
    },
    hedgedQualifiers: {
      hedged: figures.hedged,
      right: figures.hedgedRight,
      accuracy: ratio(figures.hedgedRight, figures.hedged),
    },
    amendments: notes.available
      ? {
          labelled: notes.labelled,
          right: notes.right,
          accuracy: ratio(notes.right, notes.labelled),
          falseNotes: notes.falseNotes,
        }
      : { unavailable: `${system.name} has no notion of amendment notes` },
  };
}

function scorePairs(system: EvaluatedSystem, dataset: PreparedDataset, note: Notebook) {
  const changes = { predicted: 0, labelled: 0, matched: 0 };
  const silent = { pairs: 0, right: 0 };
  for (const { id, before, after, labels } of dataset.pairs) {
    const diff = system.diff(before, after);
    if ('unavailable' in diff) return { figureChanges: diff, silentEdit: diff };
    const tally = scoreChanges(labels.figureChanges, diff.figureChanges);
    for (const field of ['predicted', 'labelled', 'matched'] as const) changes[field] += tally[field];
    note(`pair ${id}`, [
      ...tally.missed.map((text) => `missed change: ${text}`),
      ...tally.spurious.map((text) => `spurious change: ${text}`),
    ]);
    if (diff.silentEdit === null) continue;
    silent.pairs++;
    if (diff.silentEdit === labels.silentEdit) silent.right++;
    else note(`pair ${id}`, [`silentEdit ${diff.silentEdit}, labelled ${labels.silentEdit}`]);
  }
  const silentEdit: SystemScores['silentEdit'] =
    silent.pairs > 0
      ? { ...silent, accuracy: ratio(silent.right, silent.pairs) }
      : { unavailable: `${system.name} gives no silent-edit verdict` };
  return {
    figureChanges: {
      ...precisionRecall(changes.matched, changes.predicted, changes.labelled),
      ...changes,
    },
    silentEdit,
  };
}
