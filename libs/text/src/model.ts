// The shapes that the text logic passes between its steps. Everything here is
// plain data (JSON-serialisable) so it can travel inside events unchanged.

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'quote' | 'table-row';

export interface Block {
  /** Positional id within the document: "b0", "b1", ... in reading order. */
  id: string;
  kind: BlockKind;
  /** The block's visible text, whitespace collapsed, markup removed. */
  text: string;
  /** A bullet's lead-in label without its colon ("Followers"), when it has one. */
  label?: string;
  /** Offset of `text` inside `documentText(doc)`. */
  start: number;
}

export interface Section {
  /** The heading text, or null for the part before the first heading. */
  heading: string | null;
  blocks: Block[];
}

export interface NormalizedDocument {
  title: string | null;
  /** Publication date stated on the page (YYYY-MM-DD), when one is found. */
  publishedAt: string | null;
  /** Body only: navigation, footers, asides, share widgets, related links removed. */
  sections: Section[];
}

export type Qualifier = 'exact' | 'about' | 'more_than' | 'less_than' | 'at_least' | 'at_most';

/** `count`, `percent`, or an ISO 4217 currency code such as `USD`. */
export type FigureUnit = string;

export interface FigureValue {
  value: number;
  qualifier: Qualifier;
  unit: FigureUnit;
  /** The exact span as written, e.g. "About 1.02 million". */
  text: string;
}

export interface Figure extends FigureValue {
  /** Stable metric identity across revisions: section and subject, slugged. */
  key: string;
  /** What is counted, e.g. "accounts followed at least one of these Pages". */
  label: string;
  /** Bullet label or heading the figure sits under, e.g. "Followers". */
  section: string | null;
  blockId: string;
  /** Offsets of `text` inside `documentText(doc)`; end is exclusive. */
  start: number;
  end: number;
}

export type AmendmentKind = 'update' | 'correction' | 'editors_note';

export interface AmendmentNote {
  kind: AmendmentKind;
  /** The note as written, brackets and emphasis removed. */
  raw: string;
  /** UTC instant (ISO 8601, "Z") when a time is stated, YYYY-MM-DD when only a date is, else null. */
  effectiveAt: string | null;
  precision: 'minute' | 'day' | null;
  /** IANA zone the stated time was read in ("America/Los_Angeles", "UTC"), null when none was stated. */
  timezone: string | null;
  /** What the publisher says the update does, e.g. "to provide additional information on the seven events". */
  reason: string | null;
  blockId: string;
  /** Offsets of the note inside `documentText(doc)`; end is exclusive. */
  start: number;
  end: number;
}

export type FigureChangeKind = 'added' | 'removed' | 'changed' | 'requalified';

export interface FigureChange {
  key: string;
  change: FigureChangeKind;
  label: string;
  section: string | null;
  from: FigureValue | null;
  to: FigureValue | null;
}

export interface WordHunk {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export type BlockChangeKind = 'added' | 'removed' | 'changed' | 'moved';

export interface BlockRef {
  blockId: string;
  index: number;
  text: string;
}

export interface BlockChange {
  change: BlockChangeKind;
  from: BlockRef | null;
  to: BlockRef | null;
  /** Word-level hunks, for `changed` blocks only. */
  hunks?: WordHunk[];
}

export interface RevisionDiff {
  blocks: BlockChange[];
  figureChanges: FigureChange[];
  /** Figures changed and the new revision brought no new amendment note. */
  silentEdit: boolean;
  /**
   * The work caps this diff hit, sorted: "alignment" (blocks or words aligned
   * on identical elements, not by full LCS), "block-pairing" (edited blocks
   * paired in order, not best-first), "figure-pairing" (reworded figures left
   * removed and added). Empty when every step ran exactly.
   */
  capsHit: string[];
}
