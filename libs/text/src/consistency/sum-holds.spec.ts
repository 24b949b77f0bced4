import { sumHolds } from './sum-holds';

describe(sumHolds.name, () => {
  it.each([
    [82, 'exact', 82, true, true],
    [82, 'exact', 83, true, false],
    [1000, 'about', 960, true, true],
    [1000, 'about', 900, true, false],
    [100, 'more_than', 101, true, true],
    [100, 'more_than', 90, true, false],
    [100, 'less_than', 99, true, true],
    [100, 'at_least', 100, true, true],
    [100, 'at_most', 101, true, false],
    [100, 'exact', 97, false, true],
  ] as const)(
    'given total %d (%s) and parts adding to %d (parts exact: %s), then it holds: %s',
    (total, qualifier, sum, exact, holds) => {
      expect(sumHolds(total, qualifier, sum, exact)).toBe(holds);
    },
  );
});
