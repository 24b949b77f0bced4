import type { BenchRow } from '../benchmark';
import { formatTable } from './format-table';

const row = (overrides: Partial<BenchRow>): BenchRow => ({
  name: 'extraction throughput',
  subject: 'Palimpsest',
  subjectValue: 310.4,
  baseline: 'Recognizers-Text',
  baselineValue: 2.61,
  unit: 'docs/s',
  ratio: 118.9,
  ...overrides,
});

describe(formatTable.name, () => {
  it('given two rows, when formatted, then every line has the same column starts and numbers are right-aligned', () => {
    const table = formatTable([row({}), row({ name: 'diff', subjectValue: 12_345, ratio: 0.5 })]);
    const lines = table.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^measure\s+subject\s+value\s+baseline\s+value\s+unit\s+ratio$/);
    expect(lines[1]).toMatch(/^-+( +-+){6}$/);
    const valueEnd = lines[0].indexOf('value') + 'value'.length;
    expect(lines[2].slice(0, valueEnd)).toMatch(/ 310$/);
    expect(lines[3].slice(0, valueEnd)).toMatch(/ 12,300$/);
    expect(lines[2]).toMatch(/119x$/);
    expect(lines[3]).toMatch(/0\.500x$/);
  });

  it('given a row with a note, when formatted, then the note is numbered under the table and marked on the row', () => {
    const table = formatTable([row({}), row({ name: 'peak RSS', note: 'sampled every 100 ms' })]);
    expect(table).toContain('peak RSS [1]');
    expect(table.trimEnd().split('\n').slice(-2)).toEqual(['', '[1] sampled every 100 ms']);
  });

  it('given two rows with the same note, when formatted, then they share one number and the note is printed once', () => {
    const table = formatTable([
      row({ note: 'same' }),
      row({ name: 'other', note: 'same' }),
      row({ name: 'x', note: 'own' }),
    ]);
    expect(table).toContain('extraction throughput [1]');
    expect(table).toContain('other [1]');
    expect(table).toContain('x [2]');
    expect(table.trimEnd().split('\n').slice(-3)).toEqual(['', '[1] same', '[2] own']);
  });

  it('given a row without a ratio, when formatted, then its ratio reads n/a', () => {
    expect(formatTable([row({ ratio: Number.NaN })])).toMatch(/n\/a\n$/);
  });

  it('given no rows, when formatted, then only the header is printed', () => {
    expect(formatTable([]).trimEnd().split('\n')).toHaveLength(2);
  });
});
