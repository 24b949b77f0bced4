import { analyzeDocument, DEFAULT_FIGURE_LIMIT, emptyAnalysis } from './analysis';
import type { NormalizedDocument } from './model';

const text =
  'Events: Seven events hosted. [Updated on October 26, 2018 at 1:30PM PT to provide additional information on the seven events.]';
const doc: NormalizedDocument = {
  title: null,
  publishedAt: null,
  sections: [{ heading: null, blocks: [{ id: 'b0', kind: 'list-item', text, label: 'Events', start: 0 }] }],
};

describe(analyzeDocument.name, () => {
  const sut = analyzeDocument(doc);

  it('given a block with an update note, when analysed, then the note is found', () => {
    expect(sut.amendments).toHaveLength(1);
    expect(sut.amendments[0].effectiveAt).toBe('2018-10-26T20:30:00Z');
  });

  it('given a number inside the update note, when analysed, then it is not a figure of the report', () => {
    const note = sut.amendments[0];
    expect(sut.figures.filter((figure) => figure.start < note.end && figure.end > note.start)).toEqual([]);
    expect(sut.figures.map((figure) => [figure.value, figure.text])).toEqual([[7, 'Seven']]);
  });

  it('given a document, when analysed, then the document itself is carried along for the diff', () => {
    expect(sut.doc).toBe(doc);
  });
});

describe(`${analyzeDocument.name} figure limit`, () => {
  // Issue 13: one sentence repeated until the page holds thousands of figures.
  const sentence = 'This morning we removed 82 Pages and 33 accounts in the review.';
  const repeated = (count: number): NormalizedDocument => ({
    title: null,
    publishedAt: null,
    sections: [
      {
        heading: null,
        blocks: Array.from({ length: count }, (_, index) => ({
          id: `b${index}`,
          kind: 'paragraph' as const,
          text: sentence,
          start: index * (sentence.length + 2),
        })),
      },
    ],
  });

  it('given a document with fewer figures than the limit, when analysed, then all are kept and the count says so', () => {
    const sut = analyzeDocument(repeated(3), { figureLimit: 6 });
    expect(sut.figures).toHaveLength(6);
    expect(sut).toMatchObject({ figuresFound: 6, figureLimit: 6 });
  });

  it('given more figures than the limit, when analysed, then the first ones in document order are kept and the cut is recorded', () => {
    const full = analyzeDocument(repeated(10));
    const sut = analyzeDocument(repeated(10), { figureLimit: 5 });
    expect(sut.figures).toEqual(full.figures.slice(0, 5));
    expect(sut).toMatchObject({ figuresFound: 20, figureLimit: 5 });
  });

  it('given the repeated sentence past the default limit, when analysed, then DEFAULT_FIGURE_LIMIT figures are kept', () => {
    const sut = analyzeDocument(repeated(DEFAULT_FIGURE_LIMIT / 2 + 10));
    expect(sut.figures).toHaveLength(DEFAULT_FIGURE_LIMIT);
    expect(sut).toMatchObject({ figuresFound: DEFAULT_FIGURE_LIMIT + 20, figureLimit: DEFAULT_FIGURE_LIMIT });
  });

  it('given a limit that is not a positive integer, when analysing, then it is refused with the reason', () => {
    expect(() => analyzeDocument(repeated(1), { figureLimit: 0 })).toThrow(/positive integer/);
  });
});

describe(emptyAnalysis.name, () => {
  it('given no revision yet, when asked, then it has no blocks, figures or notes', () => {
    expect(emptyAnalysis()).toEqual({
      doc: { title: null, publishedAt: null, sections: [] },
      figures: [],
      amendments: [],
      figuresFound: 0,
      figureLimit: DEFAULT_FIGURE_LIMIT,
    });
  });
});
