import { csvField, toCsv } from './csv';

describe(csvField.name, () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "about"', '"say ""about"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    [1020000, '1020000'],
    [true, 'true'],
    [null, ''],
    [undefined, ''],
  ])('given %j, then the field is %s', (value, field) => {
    expect(csvField(value)).toBe(field);
  });
});

describe(`${csvField.name} against formula injection`, () => {
  it.each([
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+1+cmd|calc', "'+1+cmd|calc"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
  ])('given text %j, then the cell starts with an apostrophe: %s', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it.each([
    [-12.5, '-12.5'],
    ['-12.5', '-12.5'],
    ['+3e4', '+3e4'],
    ['a=b', 'a=b'],
  ])('given %j, then it is kept as it is: %s', (value, field) => {
    expect(csvField(value)).toBe(field);
  });
});

describe(toCsv.name, () => {
  it('given rows, then a header and one CRLF-ended line per row are written', () => {
    const rows = [{ key: 'followers/a', value: 1.1e6, text: 'About 1.1 million, roughly' }];
    const csv = toCsv(
      [
        ['key', (row: (typeof rows)[number]) => row.key],
        ['value', (row) => row.value],
        ['text', (row) => row.text],
      ],
      rows,
    );
    expect(csv).toBe('key,value,text\r\nfollowers/a,1100000,"About 1.1 million, roughly"\r\n');
  });
});
