import { parseRequest } from '@palimpsest/platform';
import { diffQuery } from './diff-query';

const parseDiffQuery = (query: object) => parseRequest(diffQuery, query);

describe(parseDiffQuery.name, () => {
  it('given two revisions, then both are read', () => {
    expect(parseDiffQuery({ from: '1', to: '3' })).toEqual({ ok: true, value: { from: 1, to: 3 } });
  });

  it.each([
    [{ from: '1' }, 'required'],
    [{ from: 'one', to: '3' }, '"from"'],
    [{ from: '2', to: '2' }, 'two different revisions'],
  ])('given %j, then it is refused naming %s', (query, named) => {
    const parsed = parseDiffQuery(query);
    expect(!parsed.ok && parsed.reason).toContain(named);
  });
});
