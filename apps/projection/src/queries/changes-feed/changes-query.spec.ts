import { encodeCursor } from '../http/cursor';
import { parseRequest } from '@palimpsest/platform';
import { changesQuery, pageSize } from './changes-query';

const parseChangesQuery = (query: object) => parseRequest(changesQuery, query);

describe(parseChangesQuery.name, () => {
  it('given no parameters, then the whole feed on the observed axis, 100 at a time', () => {
    const parsed = parseChangesQuery({});
    expect(parsed).toEqual({ ok: true, value: expect.objectContaining({ axis: 'observed', silentOnly: false }) });
    expect(parsed.ok && pageSize(parsed.value.limit, false)).toBe(100);
  });

  it('given an export, then pages are larger', () => {
    expect(pageSize(undefined, true)).toBe(10_000);
  });

  it('given every filter, then each is read', () => {
    const cursor = encodeCursor(['2018-10-27T09:00:00.000Z', '0f0e0d0c-0b0a-0908-0706-050403020100']);
    const parsed = parseChangesQuery({
      since: '2018-10-26',
      until: '2018-10-28',
      report: 'rpt_1',
      key: 'a/b',
      kind: 'changed',
      silent: 'true',
      cursor,
      limit: '5',
    });
    expect(parsed).toEqual({
      ok: true,
      value: {
        since: '2018-10-26T00:00:00.000Z',
        until: '2018-10-28T00:00:00.000Z',
        axis: 'observed',
        reportId: 'rpt_1',
        key: 'a/b',
        kind: 'changed',
        silentOnly: true,
        after: ['2018-10-27T09:00:00.000Z', '0f0e0d0c-0b0a-0908-0706-050403020100'],
        limit: 5,
      },
    });
  });

  it.each([
    [{ kind: 'moved' }, '"kind"'],
    [{ since: '2018-10-28', until: '2018-10-26' }, '"since" must be before "until"'],
    [{ cursor: encodeCursor(['not a time', 'x']) }, '"cursor"'],
    [{ limit: '0' }, '"limit"'],
  ])('given %j, then it is refused naming %s', (query, named) => {
    const parsed = parseChangesQuery(query);
    expect(!parsed.ok && parsed.reason).toContain(named);
  });
});
