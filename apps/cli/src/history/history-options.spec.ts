import { DEFAULT_API, readHistoryOptions } from './history-options';

const read = (values: Record<string, string>) => readHistoryOptions({ positionals: ['rpt_1'], values });

describe(readHistoryOptions.name, () => {
  it('given no options, then a table of the whole history from the local API', () => {
    expect(read({})).toEqual({
      report: 'rpt_1',
      metric: undefined,
      asOf: undefined,
      axis: 'effective',
      format: 'table',
      api: DEFAULT_API,
    });
  });

  it.each([
    [{ format: 'xml' }, '--format'],
    [{ 'as-of': 'noon' }, '--as-of'],
    [{ axis: 'observed' }, '--axis needs --as-of'],
    [{ 'as-of': '2018-10-26', metric: 'a/b' }, 'cannot be combined'],
    [{ api: 'localhost:3000' }, '--api'],
  ])('given %j, then the problem names %s', (values, named) => {
    const read_ = read(values);
    expect('problem' in read_ && read_.problem).toContain(named);
  });
});
