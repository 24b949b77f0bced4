import { hasCaughtUp, isBeforeEnd } from './catch-up';

describe(hasCaughtUp.name, () => {
  const ends = { 'revisions:0': '10', 'analyses:1': '4' };

  it('given every partition at or past its end, then it has caught up', () => {
    expect(
      hasCaughtUp(
        ends,
        new Map([
          ['revisions:0', 10n],
          ['analyses:1', 7n],
        ]),
      ),
    ).toBe(true);
  });

  it('given one partition short of its end or not read yet, then it has not', () => {
    expect(
      hasCaughtUp(
        ends,
        new Map([
          ['revisions:0', 9n],
          ['analyses:1', 4n],
        ]),
      ),
    ).toBe(false);
    expect(hasCaughtUp(ends, new Map([['revisions:0', 10n]]))).toBe(false);
  });

  it('given an empty log, then it has caught up at once', () => {
    expect(hasCaughtUp({}, new Map())).toBe(true);
  });
});

describe(isBeforeEnd.name, () => {
  it('given offsets before, at and after the end, then only the one before counts', () => {
    const ends = { 'revisions:0': '10' };
    expect(isBeforeEnd(ends, 'revisions:0', '9')).toBe(true);
    expect(isBeforeEnd(ends, 'revisions:0', '10')).toBe(false);
    expect(isBeforeEnd(ends, 'analyses:0', '0')).toBe(false);
  });
});
