import { encodeCursor } from '../http/cursor';
import { parseChangesQuery } from './changes-query';

describe(parseChangesQuery.name, () => {
  it('given no parameters, then the whole feed on the observed axis, 100 at a time', () => {
    expect(parseChangesQuery({}, false)).toEqual({
      ok: true,
      value: expect.objectContaining({ axis: 'observed', limit: 100, silentOnly: false }),
    });
  });

  it('given an export, then pages are larger', () => {
    const parsed = parseChangesQuery({}, true);
    expect(parsed.ok && parsed.value.limit).toBe(10_000);
  });

  it('given every filter, then each is read', () => {
    const cursor = encodeCursor(['2018-10-27T09:00:00.000Z', '0f0e0d0c-0b0a-0908-0706-050403020100']);
    const parsed = parseChangesQuery(
      {
        since: '2018-10-26',
        until: '2018-10-28',
        report: 'rpt_1',
        key: 'a/b',
        kind: 'changed',
        silent: 'true',
        cursor,
        limit: '5',
      },
      false,
    );
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
    const parsed = parseChangesQuery(query, false);
    expect(!parsed.ok && parsed.reason).toContain(named);
  });
});
