export { diffRevisions } from './diff-revisions';
export type { DiffOptions } from './diff-revisions';
export { diffBlocks } from './block-changes';
export { diffFigures } from './figure-changes';
export { diffWords } from './word-hunks';
export { isSilentEdit } from './silent-edit';
export { MAX_ALIGNMENT_CELLS } from './diff-work';
export type { DiffCap } from './diff-work';
