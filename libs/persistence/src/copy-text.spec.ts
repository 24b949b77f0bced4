import { copyTextField, copyTextLine } from './copy-text';

describe(copyTextField.name, () => {
  it('given plain text or a number, then it is written as it is', () => {
    expect(copyTextField('about 4.2 million')).toBe('about 4.2 million');
    expect(copyTextField(-0.25)).toBe('-0.25');
  });

  it('given null, then it is the NULL marker, and a literal "\\N" string is not mistaken for it', () => {
    expect(copyTextField(null)).toBe('\\N');
    expect(copyTextField('\\N')).toBe('\\\\N');
  });

  it('given a delimiter, line end or backslash inside a value, then each is backslash-escaped', () => {
    expect(copyTextField('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
  });

  it('given the other control characters COPY decodes, then they are escaped too', () => {
    expect(copyTextField('\b\f\v')).toBe('\\b\\f\\v');
  });

  it('given a boolean, then it is t or f', () => {
    expect([copyTextField(true), copyTextField(false)]).toEqual(['t', 'f']);
  });
});

describe(copyTextLine.name, () => {
  it('given columns, then they are tab-separated and the row ends with one newline', () => {
    expect(copyTextLine(['a', 1, null])).toBe('a\t1\t\\N\n');
  });

  it('given a value that contains a newline, then the row still ends only at its last byte', () => {
    const sut = copyTextLine(['two\nlines', 'x']);
    expect(sut.indexOf('\n')).toBe(sut.length - 1);
  });
});
