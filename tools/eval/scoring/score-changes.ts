import type { LabelledFigureChange, LabelledValue } from '../load/dataset-types';
import { sameNumber } from './metrics';

export type PredictedChange = LabelledFigureChange;

export interface ChangeTally {
  predicted: number;
  labelled: number;
  matched: number;
  missed: string[];
  spurious: string[];
}

function sameValue(a: LabelledValue | null, b: LabelledValue | null): boolean {
  if (!a || !b) return a === b;
  return sameNumber(a.value, b.value) && a.unit === b.unit && a.qualifier === b.qualifier;
}

/** A predicted change matches a labelled one on kind and on both sides' value, unit and qualifier; one to one. */
export function sameChange(a: PredictedChange, b: LabelledFigureChange): boolean {
  return a.change === b.change && sameValue(a.from, b.from) && sameValue(a.to, b.to);
}

export function describeChange({ change, from, to }: LabelledFigureChange): string {
  const side = (value: LabelledValue | null) => (value ? `${value.qualifier} ${value.value} ${value.unit}` : '-');
  return `${change} ${side(from)} -> ${side(to)}`;
}

export function scoreChanges(
  labels: readonly LabelledFigureChange[],
  predicted: readonly PredictedChange[],
): ChangeTally {
  const used = new Set<number>();
  const tally: ChangeTally = {
    predicted: predicted.length,
    labelled: labels.length,
    matched: 0,
    missed: [],
    spurious: [],
  };
  for (const label of labels) {
    const index = predicted.findIndex((change, i) => !used.has(i) && sameChange(change, label));
    if (index < 0) tally.missed.push(describeChange(label));
    else {
      used.add(index);
      tally.matched++;
    }
  }
  predicted.forEach((change, index) => {
    if (!used.has(index)) tally.spurious.push(describeChange(change));
  });
  return tally;
}
