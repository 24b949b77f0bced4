import { emptyAnalysis } from '../analysis';
import { diffRevisions } from './diff-revisions';
import { analysisOf, documentOf, figureOf, noteOf } from './fixtures.spec-helper';

describe(diffRevisions.name, () => {
  const before = analysisOf({
    doc: documentOf('Seven events hosted.'),
    figures: [figureOf({ key: 'events', value: 7 })],
  });
  const afterDoc = documentOf('Eight events hosted.');
  const afterFigures = [figureOf({ key: 'events', value: 8 })];

  it('given a figure edit without a new note, when diffed, then blocks, figures and a silent edit are reported', () => {
    const sut = diffRevisions(before, analysisOf({ doc: afterDoc, figures: afterFigures }));
    expect(sut.blocks.map((block) => block.change)).toEqual(['changed']);
    expect(sut.figureChanges.map((change) => change.change)).toEqual(['changed']);
    expect(sut.silentEdit).toBe(true);
  });

  it('given a figure edit with a new note, when diffed, then it is not a silent edit', () => {
    const after = analysisOf({
      doc: afterDoc,
      figures: afterFigures,
      amendments: [noteOf('Updated May 2')],
    });
    expect(diffRevisions(before, after).silentEdit).toBe(false);
  });

  it('given the first revision diffed against the empty analysis, when diffed, then its figures are added but it is no silent edit', () => {
    const sut = diffRevisions(emptyAnalysis(), before);
    expect(sut.figureChanges.map((change) => change.change)).toEqual(['added']);
    expect(sut.blocks.map((block) => block.change)).toEqual(['added']);
    expect(sut.silentEdit).toBe(false);
  });
});
