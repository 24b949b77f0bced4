import { cleanInlineText, stripInvalidCharacters } from './clean-text';

describe(cleanInlineText.name, () => {
  it('given runs of spaces, tabs, newlines and no-break spaces, when cleaned, then they collapse to one space', () => {
    expect(cleanInlineText('  a \t b\n\nc\u00a0\u00a0d  ')).toBe('a b c d');
  });

  it('given zero-width and soft-hyphen characters, when cleaned, then they are gone', () => {
    expect(cleanInlineText('co\u200Bor\u00ADdi\uFEFFnated')).toBe('coordinated');
  });

  it('given decomposed accents, when cleaned, then the text is in NFC', () => {
    expect(cleanInlineText('Cafe\u0301')).toBe('Caf\u00e9');
  });
});

describe(stripInvalidCharacters.name, () => {
  it('given control characters and lone surrogates, when stripped, then newlines stay and the rest goes', () => {
    expect(stripInvalidCharacters('a\u0000b\nc\u001Fd\uD800e\uDC00f')).toBe('ab\ncdef');
  });

  it('given a valid surrogate pair, when stripped, then it is kept', () => {
    expect(stripInvalidCharacters('ok \uD83D\uDE00')).toBe('ok \uD83D\uDE00');
  });
});
