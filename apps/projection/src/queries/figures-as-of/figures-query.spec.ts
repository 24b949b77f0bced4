import { parseRequest } from '@palimpsest/platform';
import { figuresQuery } from './figures-query';

const parseFiguresQuery = (query: object) => parseRequest(figuresQuery, query);

describe(parseFiguresQuery.name, () => {
  it('given no asOf, then the current figures are meant', () => {
    expect(parseFiguresQuery({})).toEqual({ ok: true, value: { asOf: undefined, axis: 'effective' } });
  });

  it('given asOf alone, then the effective axis is meant', () => {
    expect(parseFiguresQuery({ asOf: '2018-10-26T20:45Z' })).toEqual({
      ok: true,
      value: { asOf: '2018-10-26T20:45:00.000Z', axis: 'effective' },
    });
  });

  it.each([
    [{ asOf: 'soon' }, '"asOf"'],
    [{ asOf: '2018-10-26T20:45Z', axis: 'valid' }, '"axis"'],
    [{ axis: 'observed' }, '"axis" needs "asOf"'],
  ])('given %j, then it is refused naming %s', (query, named) => {
    const parsed = parseFiguresQuery(query);
    expect(!parsed.ok && parsed.reason).toContain(named);
  });
});
