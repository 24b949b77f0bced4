export { findStatedSums } from './find-stated-sums';
export { subjectNouns } from './subject-nouns';
export type { StatedSum, SumTerm } from './stated-sum';
