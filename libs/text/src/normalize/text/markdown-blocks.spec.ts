import { isThematicBreak, splitMarkdownBlocks } from './markdown-blocks';

describe(splitMarkdownBlocks.name, () => {
  it('given ATX and underlined headings, when split, then each is a heading with its level', () => {
    expect(splitMarkdownBlocks('# One #\n\nTwo\n===\n\nThree\n---')).toEqual([
      { kind: 'heading', markdown: 'One', headingLevel: 1 },
      { kind: 'heading', markdown: 'Two', headingLevel: 1 },
      { kind: 'heading', markdown: 'Three', headingLevel: 2 },
    ]);
  });

  it('given a bullet with an indented continuation line, when split, then the item holds both lines', () => {
    expect(splitMarkdownBlocks('- first line\n  continues here\n- second')).toEqual([
      { kind: 'list-item', markdown: 'first line continues here' },
      { kind: 'list-item', markdown: 'second' },
    ]);
  });

  it('given a quote over two lines, when split, then it is one quote', () => {
    expect(splitMarkdownBlocks('> quoted\n> more')).toEqual([{ kind: 'quote', markdown: 'quoted more' }]);
  });

  it('given a pipe table, when split, then each row is a table row and the rule line is skipped', () => {
    expect(splitMarkdownBlocks('| Network | Pages |\n|---|---|\n| Iran | 30 |')).toEqual([
      { kind: 'table-row', markdown: 'Network | Pages' },
      { kind: 'table-row', markdown: 'Iran | 30' },
    ]);
  });

  it('given consecutive short lines, when split, then each is its own block', () => {
    expect(splitMarkdownBlocks('Title Line\nOctober 26, 2018').map((block) => block.markdown)).toEqual([
      'Title Line',
      'October 26, 2018',
    ]);
  });

  it('given a thematic break, when split, then it separates blocks and is not one', () => {
    expect(splitMarkdownBlocks('before\n* * *\nafter').map((block) => block.markdown)).toEqual(['before', 'after']);
  });

  it.each(['*', '_', '-'])(
    'given a line of five million %s (the body limit) under a title, when split, then it is a break and the stack holds',
    (marker) => {
      expect(splitMarkdownBlocks(`Title\n\n${marker.repeat(5_000_000)}\nafter`).map((block) => block.markdown)).toEqual(
        ['Title', 'after'],
      );
    },
  );

  it('given markers that are not a break, when split, then they stay text', () => {
    expect(isThematicBreak('    ***')).toBe(false);
    expect(isThematicBreak('**')).toBe(false);
    expect(isThematicBreak('*-*')).toBe(false);
    expect(isThematicBreak(' _ _ _ ')).toBe(true);
  });

  it('given Windows and old Mac line endings, when split, then they separate lines', () => {
    expect(splitMarkdownBlocks('One.\r\n\r\nTwo.\r\rThree.').map((block) => block.markdown)).toEqual([
      'One.',
      'Two.',
      'Three.',
    ]);
  });
});
