export { findAmendments } from './find-amendments';
export { parseAmendmentNote } from './parse-amendment-note';
export type { NoteContext, ParsedAmendmentNote } from './parse-amendment-note';
