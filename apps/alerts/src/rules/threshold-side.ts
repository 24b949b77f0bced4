import type { FigureValue } from './rule';

export type Side = 'below' | 'at-or-above' | 'unknown';

/**
 * Where a figure lies against a threshold, reading its qualifier: "less than 100"
 * is below 100 although its number is 100; "more than 50" says nothing about 100.
 */
export function sideOfThreshold(figure: FigureValue, threshold: number): Side {
  const { value, qualifier } = figure;
  switch (qualifier) {
    case 'exact':
    case 'about':
      return value < threshold ? 'below' : 'at-or-above';
    case 'less_than':
      return value <= threshold ? 'below' : 'unknown';
    case 'at_most':
      return value < threshold ? 'below' : 'unknown';
    case 'more_than':
    case 'at_least':
      return value >= threshold ? 'at-or-above' : 'unknown';
    default: {
      const unreachable: never = qualifier;
      throw new RangeError(`unknown qualifier ${String(unreachable)}`);
    }
  }
}
