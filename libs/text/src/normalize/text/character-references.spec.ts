import { decodeCharacterReferences } from './character-references';

describe(decodeCharacterReferences.name, () => {
  it('given named, decimal and hex references, when decoded, then they read as characters', () => {
    expect(decodeCharacterReferences('AT&amp;T &#8212; it&#x2019;s &quot;here&quot;')).toBe('AT&T — it’s "here"');
  });

  it('given an unknown name, when decoded, then it is left as written', () => {
    expect(decodeCharacterReferences('R&D; &bogus;')).toBe('R&D; &bogus;');
  });

  it('given a reference to a control character or surrogate, when decoded, then it is dropped', () => {
    expect(decodeCharacterReferences('a&#0;b&#xD800;c')).toBe('abc');
  });
});
