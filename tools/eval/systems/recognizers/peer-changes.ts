import type { PredictedChange } from '../../scoring/score-changes';
import type { PredictedFigure } from '../../scoring/score-figures';

type Value = Pick<PredictedFigure, 'value' | 'unit' | 'qualifier'>;

const identity = ({ value, unit, qualifier }: Value) => `${unit}|${qualifier}|${value}`;

/** Each figure left after taking away the ones (value, unit, qualifier) the other side also has, as many times as it has them. */
function multisetMinus(figures: readonly Value[], other: readonly Value[]): Value[] {
  const available = new Map<string, number>();
  for (const figure of other) available.set(identity(figure), (available.get(identity(figure)) ?? 0) + 1);
  return figures.filter((figure) => {
    const left = available.get(identity(figure)) ?? 0;
    if (left > 0) available.set(identity(figure), left - 1);
    return left === 0;
  });
}

const plain = ({ value, unit, qualifier }: Value): Value => ({
  value,
  unit,
  qualifier,
});

/**
 * Figure changes for a system without metric identity: the figures only one
 * side has, by value multiset; a figure gone and one new of the same unit, in
 * document order, are read as one figure changed (or requalified when the value stayed).
 */
export function diffByValueMultiset(before: readonly Value[], after: readonly Value[]): PredictedChange[] {
  const removed = multisetMinus(before, after);
  const added = multisetMinus(after, before);
  const changes: PredictedChange[] = [];
  for (const from of removed) {
    const index = added.findIndex((to) => to.unit === from.unit);
    if (index < 0) {
      changes.push({ change: 'removed', from: plain(from), to: null });
      continue;
    }
    const [to] = added.splice(index, 1);
    changes.push({
      change: to.value === from.value ? 'requalified' : 'changed',
      from: plain(from),
      to: plain(to),
    });
  }
  changes.push(
    ...added.map((to) => ({
      change: 'added' as const,
      from: null,
      to: plain(to),
    })),
  );
  return changes;
}
