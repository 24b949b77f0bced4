import { formatCsv, formatTable } from './format-rows';

const rows = [
  { key: 'a', value: 7, label: 'events, hosted' },
  { key: 'followers/b', value: 1_100_000, label: 'say "about"' },
];

describe(formatCsv.name, () => {
  it('given rows, then the header comes first and awkward fields are quoted', () => {
    expect(formatCsv(rows, ['key', 'value', 'label'])).toBe(
      'key,value,label\r\na,7,"events, hosted"\r\nfollowers/b,1100000,"say ""about"""\r\n',
    );
  });
});

describe(`${formatCsv.name} with other values`, () => {
  it('given a line break, a boolean and a null, then the break is quoted, the boolean spelt out and the null empty', () => {
    expect(formatCsv([{ text: 'two\nlines', silent: true, unit: null }], ['text', 'silent', 'unit'])).toBe(
      'text,silent,unit\r\n"two\nlines",true,\r\n',
    );
  });
});

describe(formatTable.name, () => {
  it('given rows, then columns line up and numbers are right-aligned', () => {
    expect(formatTable(rows, ['key', 'value'])).toBe(
      ['key            value', '-----------  -------', 'a                  7', 'followers/b  1100000', ''].join('\n'),
    );
  });
});
