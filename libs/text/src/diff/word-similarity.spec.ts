import { wordSimilarity } from './word-similarity';

describe(wordSimilarity.name, () => {
  it('given the same words in another case and punctuation, when compared, then the similarity is 1', () => {
    expect(wordSimilarity('About 1.02 million.', 'about 1.02 million')).toBe(1);
  });

  it('given no shared words, when compared, then the similarity is 0', () => {
    expect(wordSimilarity('seven events', 'two ads')).toBe(0);
  });

  it('given half the words shared, when compared, then the similarity is the Dice coefficient', () => {
    expect(wordSimilarity('a b c d', 'a b x y')).toBeCloseTo(0.5);
  });
});
