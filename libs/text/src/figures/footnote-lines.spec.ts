import { extractFigures } from './extract-figures';
import { footnoteLeadSpans } from './footnote-lines';
import { documentFrom } from './test-documents.spec-helper';

describe(footnoteLeadSpans.name, () => {
  it('given a footnote whose marker is glued to an earlier sentence, when read, then its number is excluded', () => {
    const doc = documentFrom(null, [
      [null, ['We sent 312,405 reports, 18% more than before.1', '1 NCMEC figures include API reports.']],
    ]);
    const footnote = doc.sections[0].blocks[1];

    expect(footnoteLeadSpans(doc)).toEqual([{ start: footnote.start, end: footnote.start + 1 }]);
    expect(extractFigures(doc).map((figure) => figure.value)).toEqual([312405, 18]);
  });

  it('given a paragraph opening with a count and no marker before it, when read, then the count stays a figure', () => {
    const doc = documentFrom(null, [[null, ['Removals were up.', '12 Pages were removed for spam.']]]);

    expect(footnoteLeadSpans(doc)).toEqual([]);
    expect(extractFigures(doc).map((figure) => figure.value)).toEqual([12]);
  });
});
