import { NormalizedDocument } from '@palimpsest/text';
import { compareDocuments } from './compare-documents';

const documentSaying = (text: string): NormalizedDocument => ({
  title: 'Takedown',
  publishedAt: null,
  sections: [{ heading: null, blocks: [{ id: 'b0', kind: 'paragraph', text, start: 10 }] }],
});

describe(compareDocuments.name, () => {
  it('given two documents, when compared, then the figure change and the changed block are listed', () => {
    const diff = compareDocuments(documentSaying('We removed 30 Pages.'), documentSaying('We removed 31 Pages.'));
    expect(diff.figureChanges).toMatchObject([{ change: 'changed', from: { value: 30 }, to: { value: 31 } }]);
    expect(diff.blocks).toMatchObject([{ change: 'changed' }]);
    expect(diff.silentEdit).toBe(true);
    expect(diff.analyzerVersion).toMatch(/\S/);
  });
});
