import type { Analysis, Capture, NormalizedDocument } from '@palimpsest/text';
import { analyzeDocument, documentText, normalizeCapture } from '@palimpsest/text';
import { findRepoRoot } from '../../deploy/kafka/repo-root';
import { datasetLocation } from '../../tools/eval/load/dataset-location';
import type { SourceFile } from '../../tools/eval/load/dataset-types';
import { loadDataset } from '../../tools/eval/load/load-dataset';

export interface CorpusDocument {
  id: string;
  capture: Capture;
  doc: NormalizedDocument;
  /** Body block texts in reading order: what the peer is fed in `npm run eval`. */
  blocks: string[];
}

export interface CorpusPair {
  id: string;
  before: Analysis;
  after: Analysis;
  /** `documentText` of each side: the input of a plain text diff. */
  beforeText: string;
  afterText: string;
}

export interface EvalCorpus {
  documents: CorpusDocument[];
  pairs: CorpusPair[];
}

/** A capture as ingest receives it: HTML pages as `html`, the rest as `text`. */
function captureOf(source: SourceFile): Capture {
  return source.format === 'html' ? { html: source.content } : { text: source.content };
}

/** The labelled documents and revision pairs of `npm run eval`, normalised and analysed once, outside any timing. */
export function loadEvalCorpus(env: NodeJS.ProcessEnv): EvalCorpus {
  const dataset = loadDataset(datasetLocation(findRepoRoot(__dirname), env));
  const documents = dataset.documents.map(({ id, source }) => {
    const capture = captureOf(source);
    const doc = normalizeCapture(capture);
    const blocks = doc.sections.flatMap((section) => section.blocks.map((block) => block.text));
    return { id, capture, doc, blocks };
  });
  const pairs = dataset.pairs.map(({ id, before, after }) => {
    const [beforeDoc, afterDoc] = [before, after].map((side) => normalizeCapture(captureOf(side)));
    return {
      id,
      before: analyzeDocument(beforeDoc),
      after: analyzeDocument(afterDoc),
      beforeText: documentText(beforeDoc),
      afterText: documentText(afterDoc),
    };
  });
  return { documents, pairs };
}
