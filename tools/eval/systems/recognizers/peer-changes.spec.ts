import { diffByValueMultiset } from './peer-changes';

const count = (value: number, qualifier: 'exact' | 'more_than' = 'exact') => ({
  value,
  unit: 'count',
  qualifier,
});

describe(diffByValueMultiset.name, () => {
  it('given the same figures in another order, when diffed, then nothing changed', () => {
    expect(diffByValueMultiset([count(7), count(2)], [count(2), count(7)])).toEqual([]);
  });

  it('given one value replaced by another of the same unit, when diffed, then it is one change', () => {
    expect(diffByValueMultiset([count(7), count(2)], [count(8), count(2)])).toEqual([
      { change: 'changed', from: count(7), to: count(8) },
    ]);
  });

  it('given a repeated value that lost one occurrence, when diffed, then one is removed', () => {
    expect(diffByValueMultiset([count(2), count(2)], [count(2)])).toEqual([
      { change: 'removed', from: count(2), to: null },
    ]);
  });

  it('given the same value with another qualifier, when diffed, then it is requalified', () => {
    expect(diffByValueMultiset([count(20000)], [count(20000, 'more_than')])).toEqual([
      {
        change: 'requalified',
        from: count(20000),
        to: count(20000, 'more_than'),
      },
    ]);
  });

  it('given a new figure of a new unit, when diffed, then it is added', () => {
    const usd = { value: 100, unit: 'USD', qualifier: 'exact' as const };
    expect(diffByValueMultiset([count(1)], [count(1), usd])).toEqual([{ change: 'added', from: null, to: usd }]);
  });
});
