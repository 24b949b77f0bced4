import { splitMarkdownBlocks } from './markdown-blocks';
import { normalizeText } from './normalize-text';

const blocksOf = (text: string) => splitMarkdownBlocks(text).map(({ kind, markdown }) => ({ kind, markdown }));

describe(`${splitMarkdownBlocks.name} on text copied from a PDF`, () => {
  it('given a sentence wrapped before a number, when split, then the lines are one paragraph', () => {
    expect(blocksOf('Our team grew to approximately\n2,150 people, in 14 languages.')).toEqual([
      { kind: 'paragraph', markdown: 'Our team grew to approximately 2,150 people, in 14 languages.' },
    ]);
  });

  it('given a title-case line above a number, when split, then the number opens a paragraph of its own', () => {
    expect(blocksOf('Key Findings In Brief\n2,150 people joined.')).toHaveLength(2);
  });

  it('given a word hyphenated at a line end, when split, then its halves are joined without a space', () => {
    expect(blocksOf('Median time to action on high-\nseverity reports fell.')).toEqual([
      { kind: 'paragraph', markdown: 'Median time to action on high-severity reports fell.' },
    ]);
  });

  it('given columns aligned with tabs or runs of spaces, when split, then each line is a table row of cells', () => {
    expect(blocksOf('Surface\tItems removed\tAppeals\nUnited States    148,330      84%')).toEqual([
      { kind: 'table-row', markdown: 'Surface | Items removed | Appeals' },
      { kind: 'table-row', markdown: 'United States | 148,330 | 84%' },
    ]);
  });
});

describe(`${normalizeText.name} on text copied from a PDF`, () => {
  it('given page numbers between the paragraphs, when normalised, then they are not in the body', () => {
    const doc = normalizeText(
      'Safety Transparency Report\n\nWe removed 4.1 million posts.\n\nPage 3 of 12\n\nWe sent 312 reports.\n\n— 7 —\n',
    );
    const texts = doc.sections.flatMap((section) => section.blocks.map((block) => block.text));

    expect(texts).toEqual(['We removed 4.1 million posts.', 'We sent 312 reports.']);
  });
});
