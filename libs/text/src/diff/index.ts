export { diffRevisions } from './diff-revisions';
export { diffBlocks } from './block-changes';
export { diffFigures } from './figure-changes';
export { diffWords } from './word-hunks';
export { isSilentEdit } from './silent-edit';
