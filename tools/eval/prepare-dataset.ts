import type { NormalizedDocument } from '@palimpsest/text';
import { documentText, normalizeCapture } from '@palimpsest/text';
import type { Dataset, DocumentLabels, PairLabels, SourceFile } from './load/dataset-types';

export interface PreparedDocument {
  id: string;
  doc: NormalizedDocument;
  /** `documentText(doc)`: where labels are located and predicted offsets point. */
  text: string;
  labels: DocumentLabels;
}

export interface PreparedPair {
  id: string;
  before: NormalizedDocument;
  after: NormalizedDocument;
  labels: PairLabels;
}

export interface PreparedDataset {
  documents: PreparedDocument[];
  pairs: PreparedPair[];
}

function normalizeSource(source: SourceFile): NormalizedDocument {
  return normalizeCapture(source.format === 'html' ? { html: source.content } : { text: source.content });
}

/** Normalises every capture once, as ingest would, so each system sees the same documents. */
export function prepareDataset(dataset: Dataset): PreparedDataset {
  return {
    documents: dataset.documents.map(({ id, source, labels }) => {
      const doc = normalizeSource(source);
      return { id, doc, text: documentText(doc), labels };
    }),
    pairs: dataset.pairs.map(({ id, before, after, labels }) => ({
      id,
      before: normalizeSource(before),
      after: normalizeSource(after),
      labels,
    })),
  };
}
