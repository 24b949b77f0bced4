import { reachedEnds } from './revisions-extent';

describe(reachedEnds.name, () => {
  const ends = new Map([
    [0, 5n],
    [2, 3n],
  ]);

  it('given every partition at its end, then the replay is done', () => {
    expect(
      reachedEnds(
        ends,
        new Map([
          [0, 5n],
          [2, 3n],
        ]),
      ),
    ).toBe(true);
  });

  it('given a partition short of its end or unread, then it is not', () => {
    expect(
      reachedEnds(
        ends,
        new Map([
          [0, 4n],
          [2, 3n],
        ]),
      ),
    ).toBe(false);
    expect(reachedEnds(ends, new Map([[0, 5n]]))).toBe(false);
  });
});
