import { isTitleLike, readPageHeader } from './page-header';
import type { RawBlock } from './raw-block';

const paragraph = (text: string): RawBlock => ({ kind: 'paragraph', text });

describe(readPageHeader.name, () => {
  it('given a brand line, a title and a date line, when read, then the brand goes and the date is the publication day', () => {
    const reading = readPageHeader(
      ['META', 'Taking Down Networks From Iran', 'October 26, 2018', 'Body text.'].map(paragraph),
    );
    expect(reading).toEqual({
      title: 'Taking Down Networks From Iran',
      publishedAt: '2018-10-26',
      blocks: [paragraph('Body text.')],
    });
  });

  it('given a level-1 heading after chrome, when read, then it is the title', () => {
    const reading = readPageHeader([
      paragraph('Site Name Goes Here'),
      { kind: 'heading', text: 'The Real Headline', headingLevel: 1 },
      paragraph('Body text.'),
    ]);
    expect(reading.title).toBe('The Real Headline');
    expect(reading.blocks).toEqual([paragraph('Body text.')]);
  });

  it('given a byline between the title and the date, when read, then the date is still found and the byline kept', () => {
    const reading = readPageHeader(['A Headline For Us', 'By Jane Doe', 'March 3, 2022', 'Body.'].map(paragraph));
    expect(reading.publishedAt).toBe('2022-03-03');
    expect(reading.blocks.map((block) => block.text)).toEqual(['By Jane Doe', 'Body.']);
  });

  it('given a short site-section line above a longer headline, when read, then the headline is the title', () => {
    const reading = readPageHeader(
      ['Microsoft', 'On the Issues', 'Russian influence efforts converge on 2024 election', 'Body text.'].map(
        paragraph,
      ),
    );
    expect(reading.title).toBe('Russian influence efforts converge on 2024 election');
  });

  it('given text that starts with prose, when read, then there is no title and nothing is dropped', () => {
    const blocks = ['We removed 82 Pages, Groups and accounts today.', 'More Findings Here'].map(paragraph);
    expect(readPageHeader(blocks)).toEqual({ title: null, publishedAt: null, blocks });
  });

  it('given a link-only line before the title, when read, then it is not taken as the title', () => {
    const reading = readPageHeader([
      { kind: 'paragraph', text: '← Back to Newsroom', linkOnly: true },
      paragraph('Real Title Of Post'),
    ]);
    expect(reading.title).toBe('Real Title Of Post');
  });
});

describe(isTitleLike.name, () => {
  it.each(['Taking Down Coordinated Inauthentic Behavior from Iran', 'Why We Acted Now?'])(
    'given %p, then it is title-like',
    (line) => {
      expect(isTitleLike(line)).toBe(true);
    },
  );

  it.each([
    'META',
    'October 26, 2018',
    'By Nathaniel Gleicher, Head of Policy',
    'Home > News > Security',
    'A full sentence ends here.',
  ])('given %p, then it is not title-like', (line) => {
    expect(isTitleLike(line)).toBe(false);
  });
});
