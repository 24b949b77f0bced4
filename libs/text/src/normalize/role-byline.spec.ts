import { promoteImplicitHeadings } from './implicit-headings';
import type { RawBlock } from './raw-block';

const paragraph = (text: string): RawBlock => ({ kind: 'paragraph', text });

describe(`${promoteImplicitHeadings.name} on bylines that name a beat`, () => {
  it.each(['Priya Raman, Environment correspondent', 'Tom Ellis, Senior Technology Reporter'])(
    'given the byline "%s" above prose, when promoted, then it stays a paragraph and opens no section',
    (byline) => {
      const blocks = promoteImplicitHeadings(
        [byline, 'Water companies discharged raw sewage 464,056 times.'].map(paragraph),
      );

      expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph']);
    },
  );

  it('given a heading, then such a byline, then prose, when promoted, then the heading is still a heading', () => {
    const blocks = ['Fines and Bonuses', 'Priya Raman, Environment correspondent', 'Regulators imposed fines.'];

    expect(promoteImplicitHeadings(blocks.map(paragraph)).map((block) => block.kind)).toEqual([
      'heading',
      'paragraph',
      'paragraph',
    ]);
  });
});

describe(`${promoteImplicitHeadings.name} on a page's metadata captions`, () => {
  it('given "Published" above the date and the prose, when promoted, then it opens no section', () => {
    const blocks = ['Published', '3 September 2024', 'Fraud now accounts for around 40 per cent of all crime.'];

    expect(promoteImplicitHeadings(blocks.map(paragraph)).map((block) => block.kind)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
  });
});

describe(`${promoteImplicitHeadings.name} on field values and dated captions`, () => {
  it('given a value under a "From:" caption, when promoted, then it is no heading', () => {
    const blocks = ['From:', 'Home Office and Department for Science', 'Fraud accounts for 40 per cent of all crime.'];

    expect(promoteImplicitHeadings(blocks.map(paragraph)).map((block) => block.kind)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
  });

  it('given a category line that ends in a date, when promoted, then it is no heading', () => {
    const blocks = ['Safety Aug 28, 2024', 'Today we are publishing our enforcement report for the quarter.'];

    expect(promoteImplicitHeadings(blocks.map(paragraph)).map((block) => block.kind)).toEqual([
      'paragraph',
      'paragraph',
    ]);
  });
});
