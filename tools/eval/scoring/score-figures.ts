import type { Qualifier } from '@palimpsest/text';
import type { LabelledFigure } from '../load/dataset-types';
import type { Span } from './locate-label';
import { locateLabel, overlaps } from './locate-label';
import { sameNumber } from './metrics';

export interface PredictedFigure extends Span {
  value: number;
  unit: string;
  qualifier: Qualifier;
}

export interface FigureTally {
  predicted: number;
  labelled: number;
  matched: number;
  /** Labelled figures whose qualifier is not `exact`. */
  hedged: number;
  /** Hedged labelled figures matched by a prediction with the same qualifier. */
  hedgedRight: number;
  /** Labels whose text is not in the document text: a dataset or normalisation problem, counted as missed. */
  unlocated: string[];
  missed: string[];
  spurious: string[];
}

/**
 * A prediction matches a label when value and unit are equal and the spans
 * overlap; each prediction matches at most one label.
 */
export function scoreFigures(
  text: string,
  labels: readonly LabelledFigure[],
  predicted: readonly PredictedFigure[],
): FigureTally {
  const used = new Set<number>();
  const tally: FigureTally = {
    predicted: predicted.length,
    labelled: labels.length,
    matched: 0,
    hedged: 0,
    hedgedRight: 0,
    unlocated: [],
    missed: [],
    spurious: [],
  };
  for (const label of labels) {
    const hedged = label.qualifier !== 'exact';
    if (hedged) tally.hedged++;
    const span = locateLabel(text, label.text, label.occurrence);
    if (!span) {
      tally.unlocated.push(`${label.text}#${label.occurrence}`);
      continue;
    }
    const index = predicted.findIndex((figure, i) => !used.has(i) && matchesLabel(figure, label, span));
    if (index < 0) {
      tally.missed.push(`${label.text} (${label.value} ${label.unit})`);
      continue;
    }
    used.add(index);
    tally.matched++;
    if (hedged && predicted[index].qualifier === label.qualifier) tally.hedgedRight++;
  }
  predicted.forEach((figure, index) => {
    if (!used.has(index))
      tally.spurious.push(`${text.slice(figure.start, figure.end)} (${figure.value} ${figure.unit})`);
  });
  return tally;
}

function matchesLabel(figure: PredictedFigure, label: LabelledFigure, span: Span): boolean {
  return figure.unit === label.unit && sameNumber(figure.value, label.value) && overlaps(figure, span);
}
