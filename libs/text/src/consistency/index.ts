export { findStatedSums, MAX_SUM_CANDIDATES } from './find-stated-sums';
export type { FindStatedSumsOptions } from './find-stated-sums';
export { subjectNouns } from './subject-nouns';
export type { StatedSum, StatedSums, SumTerm } from './stated-sum';
