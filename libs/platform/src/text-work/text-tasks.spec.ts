import type { NormalizedDocument } from '@palimpsest/text';
import type { ReadCapture } from './text-tasks';
import { analyzeRevision, compareDocuments, readCapture } from './text-tasks';

const documentSaying = (text: string): NormalizedDocument => ({
  title: 'Takedown',
  publishedAt: null,
  sections: [{ heading: null, blocks: [{ id: 'b0', kind: 'paragraph', text, start: 10 }] }],
});

describe(readCapture.name, () => {
  it('given a page with an update note, when read, then its document, hash and note come back together', () => {
    const read = readCapture({
      text: 'We removed 82 Pages.\n\n[Updated on October 26, 2018 at 1:30PM PT to add the events.]',
    }) as ReadCapture;
    expect(read.document.sections.flatMap((section) => section.blocks).length).toBeGreaterThan(0);
    expect(read.hash).toMatch(/\S{16,}/);
    expect(read.amendments).toHaveLength(1);
  });

  it('given limits the page passes, then only its counts come back', () => {
    const text = `Review\n\n${'A line.\n\n'.repeat(30)}[Updated on May 2, 2020 at 9:00AM PT to fix a figure.]`;
    expect(readCapture({ text, limits: { maxBlocks: 10, maxNotes: 5 } })).toEqual({
      oversized: { blocks: 32, notes: 1 },
    });
    expect(readCapture({ text, limits: { maxBlocks: 100, maxNotes: 0 } })).toEqual({
      oversized: { blocks: 32, notes: 1 },
    });
    expect(readCapture({ text, limits: { maxBlocks: 100, maxNotes: 5 } })).toHaveProperty('document');
  });
});

describe(analyzeRevision.name, () => {
  it("given a report's first revision, when analysed, then every figure is added", () => {
    const { analysis, diff } = analyzeRevision({ document: documentSaying('We removed 30 Pages.'), previous: null });
    expect(analysis.figures).toMatchObject([{ value: 30 }]);
    expect(diff.figureChanges).toMatchObject([{ change: 'added', to: { value: 30 } }]);
  });

  it('given the previous analysis, when a figure moved, then the change is from the old value to the new', () => {
    const previous = analyzeRevision({ document: documentSaying('We removed 30 Pages.'), previous: null }).analysis;
    const { diff } = analyzeRevision({ document: documentSaying('We removed 31 Pages.'), previous });
    expect(diff.figureChanges).toMatchObject([{ change: 'changed', from: { value: 30 }, to: { value: 31 } }]);
  });
});

describe(compareDocuments.name, () => {
  it('given two documents, when compared, then the figure change and the changed block are listed', () => {
    const diff = compareDocuments({
      before: documentSaying('We removed 30 Pages.'),
      after: documentSaying('We removed 31 Pages.'),
    });
    expect(diff.figureChanges).toMatchObject([{ change: 'changed', from: { value: 30 }, to: { value: 31 } }]);
    expect(diff.blocks).toMatchObject([{ change: 'changed' }]);
    expect(diff.silentEdit).toBe(true);
    expect(diff.analyzerVersion).toMatch(/\S/);
  });
});
