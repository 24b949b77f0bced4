import { readHistoryOptions } from './history-options';

const read = (values: Record<string, string>) => readHistoryOptions({ positionals: ['rpt_1'], values });

describe(readHistoryOptions.name, () => {
  it('given no options, then a table of the whole history', () => {
    expect(read({})).toEqual({
      ok: true,
      value: { report: 'rpt_1', metric: undefined, asOf: undefined, axis: 'effective', format: 'table' },
    });
  });

  it.each([
    [{ format: 'xml' }, '--format'],
    [{ 'as-of': 'noon' }, '--as-of'],
    [{ axis: 'observed' }, '--axis needs --as-of'],
    [{ 'as-of': '2018-10-26', metric: 'a/b' }, 'cannot be combined'],
  ])('given %j, then the problem names %s', (values, named) => {
    const read_ = read(values);
    expect(!read_.ok && read_.reason).toContain(named);
  });
});
