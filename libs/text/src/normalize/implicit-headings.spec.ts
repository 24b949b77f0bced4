import { promoteImplicitHeadings } from './implicit-headings';
import type { RawBlock } from './raw-block';

const paragraph = (text: string): RawBlock => ({ kind: 'paragraph', text });
const kinds = (blocks: RawBlock[]) => blocks.map((block) => block.kind);

describe(promoteImplicitHeadings.name, () => {
  it('given a short unpunctuated line before prose, when promoted, then it is a heading', () => {
    expect(
      kinds(promoteImplicitHeadings(["What We've Found So Far", 'We removed 82 Pages today.'].map(paragraph))),
    ).toEqual(['heading', 'paragraph']);
  });

  it('given a byline between the line and the prose, when promoted, then the line is still a heading', () => {
    const blocks = ['Our Findings', 'By Jane Doe', 'We removed 82 Pages today.'].map(paragraph);
    expect(kinds(promoteImplicitHeadings(blocks))).toEqual(['heading', 'paragraph', 'paragraph']);
  });

  it('given a short line before a list, when promoted, then it is a heading', () => {
    const blocks: RawBlock[] = [paragraph('Key Numbers'), { kind: 'list-item', text: '82 Pages' }];
    expect(kinds(promoteImplicitHeadings(blocks))).toEqual(['heading', 'list-item']);
  });

  it.each([
    [['October 26, 2018', 'We removed 82 Pages today.']],
    [['A sentence that ends.', 'We removed 82 Pages today.']],
    [['Menu one', 'Menu two']],
    [['Last line alone']],
  ])('given %p, when promoted, then nothing becomes a heading', (lines) => {
    expect(kinds(promoteImplicitHeadings(lines.map(paragraph))).every((kind) => kind === 'paragraph')).toBe(true);
  });
});
