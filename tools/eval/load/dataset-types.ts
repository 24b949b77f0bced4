import type { Qualifier } from '@palimpsest/text';

export const DOCUMENT_KINDS = [
  'newsroom-takedown',
  'threat-bulletin',
  'transparency-report',
  'news-correction',
  'html-wrapped',
  'seed',
  // Styles of the held-out set (`dataset/holdout`), which the tuning set does not cover.
  'press-release',
  'reference-article',
  'pdf-extract',
  'markdown-notes',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export type SourceFormat = 'html' | 'text';

/** A captured page as the dataset holds it: the raw bytes decoded, and whether they are HTML or text. */
export interface SourceFile {
  path: string;
  format: SourceFormat;
  content: string;
}

export interface LabelledFigure {
  /** The figure exactly as written in the document text. */
  text: string;
  /** Which occurrence of `text` in the document text is meant, from 0. */
  occurrence: number;
  value: number;
  qualifier: Qualifier;
  unit: string;
}

export interface LabelledNote {
  raw: string;
  effectiveAt: string | null;
  precision: 'minute' | 'day' | null;
  timezone: string | null;
}

export interface DocumentLabels {
  kind: DocumentKind;
  title: string | null;
  figures: LabelledFigure[];
  amendments: LabelledNote[];
  /** `shared:<path>`: the document is read in place from the shared directory instead of a local file. */
  source?: string;
}

export interface LabelledDocument {
  id: string;
  source: SourceFile;
  labels: DocumentLabels;
}

export interface LabelledValue {
  value: number;
  qualifier: Qualifier;
  unit: string;
}

export interface LabelledFigureChange {
  change: 'added' | 'removed' | 'changed' | 'requalified';
  from: LabelledValue | null;
  to: LabelledValue | null;
}

export interface PairLabels {
  figureChanges: LabelledFigureChange[];
  silentEdit: boolean;
}

export interface LabelledPair {
  id: string;
  before: SourceFile;
  after: SourceFile;
  labels: PairLabels;
}

export interface Dataset {
  documents: LabelledDocument[];
  pairs: LabelledPair[];
}
