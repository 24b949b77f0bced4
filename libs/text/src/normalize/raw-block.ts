import type { BlockKind } from '../model';

/** A block as read from a page, before ids, offsets and sections are assigned. */
export interface RawBlock {
  kind: BlockKind;
  text: string;
  label?: string;
  /** The whole block is link text (a nav entry, "Back to Newsroom"), which article prose never is. */
  linkOnly?: boolean;
}

/** What a reader found on a page, before it becomes a `NormalizedDocument`. */
export interface PageReading {
  title: string | null;
  publishedAt: string | null;
  blocks: RawBlock[];
}
