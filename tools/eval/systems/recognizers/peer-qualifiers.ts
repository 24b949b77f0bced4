import { EnglishNumeric } from '@microsoft/recognizers-text-number';
import type { Qualifier } from '@palimpsest/text';

interface Comparative {
  pattern: RegExp;
  group: 'number1' | 'number2';
  closed: Qualifier;
  open: Qualifier;
}

/**
 * The comparative phrases of Recognizers-Text's English NumberRangeModel (its
 * OneNumberRange{More,Less}Regex1 resources): "more than X" is the open interval
 * (X,), "at least X" / "no less than X" the closed [X,); likewise below.
 */
const COMPARATIVES: Comparative[] = [
  {
    pattern: new RegExp(EnglishNumeric.OneNumberRangeMoreRegex1, 'gid'),
    group: 'number1',
    closed: 'at_least',
    open: 'more_than',
  },
  {
    pattern: new RegExp(EnglishNumeric.OneNumberRangeLessRegex1, 'gid'),
    group: 'number2',
    closed: 'at_most',
    open: 'less_than',
  },
];

const CLOSED_BOUND = /equal|=|≥|≤|\bat\s+(least|most)\b|\bup\s+to\b|\bno\s+\w+/i;

export interface ComparativeSpan {
  /** Where the compared number starts. */
  numberStart: number;
  qualifier: Qualifier;
}

/** Every comparative phrase in the text with the qualifier NumberRangeModel's interval stands for. */
export function findComparatives(text: string): ComparativeSpan[] {
  const spans: ComparativeSpan[] = [];
  for (const { pattern, group, closed, open } of COMPARATIVES) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const numberStart = match.indices?.groups?.[group]?.[0];
      if (numberStart === undefined) continue;
      const comparator = text.slice(match.index, numberStart);
      spans.push({ numberStart, qualifier: CLOSED_BOUND.test(comparator) ? closed : open });
      // The number group runs to the end of the clause; look again right after the comparator for a second one.
      pattern.lastIndex = numberStart;
    }
  }
  return spans;
}

/** The qualifier of a figure starting at `start` (a currency symbol may lead it), `exact` when no comparative precedes it. */
export function qualifierAt(comparatives: readonly ComparativeSpan[], start: number): Qualifier {
  const found = comparatives.find(({ numberStart }) => start >= numberStart && start <= numberStart + 1);
  return found?.qualifier ?? 'exact';
}
