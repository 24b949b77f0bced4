import type { Qualifier } from '../model';

/** One figure as a term of a sum: enough to show it and to follow it across revisions by key. */
export interface SumTerm {
  key: string;
  label: string;
  value: number;
  qualifier: Qualifier;
  unit: string;
  text: string;
}

/** A total the report states and the parts it breaks down into elsewhere, e.g. 82 = 30 + 33 + 3 + 16. */
export interface StatedSum {
  total: SumTerm;
  parts: SumTerm[];
  partsSum: number;
  /** Whether the parts add up to the total, read with the qualifiers ("about", "more than") they carry. */
  holds: boolean;
}

/** The sums found in one revision's figures. */
export interface StatedSums {
  sums: StatedSum[];
  /**
   * True when the search hit its cap (MAX_SUM_CANDIDATES comparisons) and
   * stopped: `sums` then holds only the totals checked before it, in figure order.
   */
  capped: boolean;
}
