import type { NormalizedDocument } from '@palimpsest/text';
import type { PredictedNote } from '../scoring/score-amendments';
import type { PredictedChange } from '../scoring/score-changes';
import type { PredictedFigure } from '../scoring/score-figures';

export interface Extraction {
  figures: PredictedFigure[];
  /** null when the system has no notion of amendment notes. */
  amendments: PredictedNote[] | null;
}

export interface PredictedDiff {
  figureChanges: PredictedChange[];
  silentEdit: boolean | null;
}

/** A figure extractor under evaluation, Palimpsest or a peer, fed the same normalised documents. */
export interface EvaluatedSystem {
  name: string;
  /** How the system was used, printed under the table. */
  notes: string[];
  extract(doc: NormalizedDocument): Extraction;
  /** Figure changes between two revisions (and the silent-edit verdict when the system has one), or why it cannot. */
  diff(before: NormalizedDocument, after: NormalizedDocument): PredictedDiff | { unavailable: string };
}
