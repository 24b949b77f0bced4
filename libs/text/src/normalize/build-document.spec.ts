import { buildDocument } from './build-document';
import { documentText } from './document-text';

describe(buildDocument.name, () => {
  const doc = buildDocument({
    title: '  The   Title ',
    publishedAt: '2018-10-26',
    blocks: [
      { kind: 'paragraph', text: 'Intro.' },
      { kind: 'paragraph', text: '   ' },
      { kind: 'heading', text: 'Findings' },
      { kind: 'list-item', text: 'Followers: About 1.02 million', label: 'Followers' },
    ],
  });

  it('given blocks before and after a heading, when built, then the heading opens a section it leads', () => {
    expect(doc.sections.map((section) => [section.heading, section.blocks.map((block) => block.id)])).toEqual([
      [null, ['b0']],
      ['Findings', ['b1', 'b2']],
    ]);
  });

  it('given an empty block, when built, then it is dropped and ids stay consecutive', () => {
    expect(doc.sections.flatMap((section) => section.blocks).map((block) => block.text)).toEqual([
      'Intro.',
      'Findings',
      'Followers: About 1.02 million',
    ]);
  });

  it('given a title and blocks, when built, then each start is the block offset in the canonical text', () => {
    expect(documentText(doc)).toBe('The Title\n\nIntro.\n\nFindings\n\nFollowers: About 1.02 million');
    expect(doc.sections.flatMap((section) => section.blocks).map((block) => block.start)).toEqual([11, 19, 29]);
  });

  it('given a label, when built, then it is kept on its block', () => {
    expect(doc.sections[1].blocks[1].label).toBe('Followers');
  });
});

describe(documentText.name, () => {
  it('given a document without a title, when rendered, then it starts with the first block', () => {
    const doc = buildDocument({ title: null, publishedAt: null, blocks: [{ kind: 'paragraph', text: 'Only.' }] });
    expect(documentText(doc)).toBe('Only.');
    expect(doc.sections[0].blocks[0].start).toBe(0);
  });
});
