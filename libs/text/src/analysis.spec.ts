import { analyzeDocument, emptyAnalysis } from './analysis';
import { NormalizedDocument } from './model';

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

describe(emptyAnalysis.name, () => {
  it('given no revision yet, when asked, then it has no blocks, figures or notes', () => {
    expect(emptyAnalysis()).toEqual({
      doc: { title: null, publishedAt: null, sections: [] },
      figures: [],
      amendments: [],
    });
  });
});
