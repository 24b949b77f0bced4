import type { RawBlock } from './raw-block';
import { trimBoilerplate } from './trim-boilerplate';

const paragraph = (text: string): RawBlock => ({ kind: 'paragraph', text });
const texts = (blocks: RawBlock[]) => blocks.map((block) => block.text);

describe(trimBoilerplate.name, () => {
  it('given a share caption before any prose, when trimmed, then only the caption goes', () => {
    const blocks = [paragraph('Share this article'), paragraph('We removed 82 Pages.'), paragraph('More text here.')];
    expect(texts(trimBoilerplate(blocks))).toEqual(['We removed 82 Pages.', 'More text here.']);
  });

  it('given an end caption after prose, when trimmed, then it and everything after it go', () => {
    const blocks = [paragraph('We removed 82 Pages.'), paragraph('Tags:'), paragraph('An unrelated teaser sentence.')];
    expect(texts(trimBoilerplate(blocks))).toEqual(['We removed 82 Pages.']);
  });

  it('given link-only blocks and widget captions, when trimmed, then they are dropped wherever they are', () => {
    const blocks = [
      { kind: 'list-item', text: 'Home', linkOnly: true } as RawBlock,
      paragraph('LISTEN TO ARTICLE'),
      paragraph('We removed 82 Pages.'),
    ];
    expect(texts(trimBoilerplate(blocks))).toEqual(['We removed 82 Pages.']);
  });

  it('given a list item that reads like a caption, when trimmed, then it stays', () => {
    const blocks = [paragraph('We published these files.'), { kind: 'list-item', text: 'Downloads' } as RawBlock];
    expect(texts(trimBoilerplate(blocks))).toEqual(['We published these files.', 'Downloads']);
  });

  it('given a trailing run of three short lines and an ornament, when trimmed, then they go', () => {
    const blocks = ['We removed 82 Pages.', 'About us', 'Careers', 'Privacy', '###'].map(paragraph);
    expect(texts(trimBoilerplate(blocks))).toEqual(['We removed 82 Pages.']);
  });

  it('given only two trailing short lines, when trimmed, then they stay', () => {
    const blocks = ['We removed 82 Pages.', 'Jane Doe', 'Spokesperson'].map(paragraph);
    expect(texts(trimBoilerplate(blocks))).toEqual(['We removed 82 Pages.', 'Jane Doe', 'Spokesperson']);
  });
});
