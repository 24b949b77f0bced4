import { isArticleEndCaption } from './boilerplate-captions';
import { isPageFurniture } from './line-shape';

describe(`${isArticleEndCaption.name} on the apparatus after an article`, () => {
  it.each([
    'References',
    'Footnotes',
    'External links',
    'About Lumora Health',
    'Media contact:',
    'Contacts',
    'Notes to editors',
    'Forward-looking statements',
  ])('given "%s", when checked, then the article has ended', (caption) => {
    expect(isArticleEndCaption(caption)).toBe(true);
  });

  it.each(['About the data', 'About this report', 'Our methodology', 'What we found'])(
    'given "%s", when checked, then the article goes on',
    (caption) => {
      expect(isArticleEndCaption(caption)).toBe(false);
    },
  );
});

describe(isPageFurniture.name, () => {
  it.each([
    ['Page 3 of 12', true],
    ['— 7 —', true],
    ['- 12 -', true],
    ['page 4', true],
    ['3,000 accounts', false],
    ['Page 3 of the report lists 12 networks.', false],
  ])('given "%s", when checked, then page furniture is %s', (text, expected) => {
    expect(isPageFurniture(text)).toBe(expected);
  });
});
