import type { FigureChange, Rule, ThresholdDirection } from './rule';
import { sideOfThreshold } from './threshold-side';

/** Whether one figure change satisfies a figure rule. Pure: the same change always gives the same answer. */
export function matchesFigureRule(rule: Rule, change: FigureChange): boolean {
  switch (rule.kind) {
    case 'any-change':
      return true;
    case 'added-or-removed':
      return change.change === 'added' || change.change === 'removed';
    case 'absolute-change': {
      const delta = comparableDelta(change);
      return delta !== null && Math.abs(delta.to - delta.from) >= rule.atLeast;
    }
    case 'relative-change': {
      const delta = comparableDelta(change);
      return delta !== null && relativePercent(delta.from, delta.to) >= rule.atLeastPercent;
    }
    case 'crosses-threshold':
      return crosses(change, rule.threshold, rule.direction);
    case 'qualifier-changed':
      return change.from !== null && change.to !== null && change.from.qualifier !== change.to.qualifier;
    case 'silent-edit':
      return change.silentEdit;
    case 'amendment-note':
      return false;
    default: {
      const unreachable: never = rule;
      throw new RangeError(`unknown rule ${JSON.stringify(unreachable)}`);
    }
  }
}

/** Old and new numbers when both exist in the same unit; a change of unit is not a change of size. */
function comparableDelta({ from, to }: FigureChange): { from: number; to: number } | null {
  if (from === null || to === null || from.unit !== to.unit) return null;
  return { from: from.value, to: to.value };
}

function relativePercent(from: number, to: number): number {
  if (from === 0) return to === 0 ? 0 : Number.POSITIVE_INFINITY;
  return (Math.abs(to - from) / Math.abs(from)) * 100;
}

function crosses({ from, to }: FigureChange, threshold: number, direction: ThresholdDirection): boolean {
  if (from === null || to === null || from.unit !== to.unit) return false;
  const before = sideOfThreshold(from, threshold);
  const after = sideOfThreshold(to, threshold);
  const up = before === 'below' && after === 'at-or-above';
  const down = before === 'at-or-above' && after === 'below';
  if (direction === 'up') return up;
  if (direction === 'down') return down;
  return up || down;
}
