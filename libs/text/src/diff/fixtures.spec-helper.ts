import { type Analysis, DEFAULT_FIGURE_LIMIT } from '../analysis';
import type { AmendmentNote, Block, Figure, NormalizedDocument } from '../model';

/** A one-section document whose blocks are the given paragraphs, offsets as if joined by blank lines. */
export function documentOf(...paragraphs: string[]): NormalizedDocument {
  return documentOfList(paragraphs);
}

/** `documentOf` for a page too long to spread into arguments. */
export function documentOfList(paragraphs: readonly string[]): NormalizedDocument {
  let start = 0;
  const blocks: Block[] = paragraphs.map((text, index) => {
    const block: Block = { id: `b${index}`, kind: 'paragraph', text, start };
    start += text.length + 2;
    return block;
  });
  return {
    title: null,
    publishedAt: null,
    sections: [{ heading: null, blocks }],
  };
}

export function figureOf(overrides: Partial<Figure> & Pick<Figure, 'key' | 'value'>): Figure {
  return {
    qualifier: 'exact',
    unit: 'count',
    text: String(overrides.value),
    label: overrides.key,
    section: null,
    blockId: 'b0',
    start: 0,
    end: 1,
    ...overrides,
  };
}

export function noteOf(raw: string): AmendmentNote {
  return {
    kind: 'update',
    raw,
    effectiveAt: null,
    precision: null,
    timezone: null,
    reason: null,
    blockId: 'b0',
    start: 0,
    end: raw.length,
  };
}

export function analysisOf(parts: Partial<Analysis>): Analysis {
  const figures = parts.figures ?? [];
  return {
    doc: documentOf(),
    amendments: [],
    figuresFound: figures.length,
    figureLimit: DEFAULT_FIGURE_LIMIT,
    ...parts,
    figures,
  };
}
