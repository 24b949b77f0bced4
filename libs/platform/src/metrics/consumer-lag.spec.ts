import { partitionLag } from './consumer-lag';

describe(partitionLag.name, () => {
  it('given a committed offset, then lag is the distance to the partition end', () => {
    expect(partitionLag('t', 0, '40', '50', '0')).toEqual({
      topic: 't',
      partition: 0,
      committed: 40,
      end: 50,
      lag: 10,
    });
  });

  it('given no committed offset (-1), then lag counts from the earliest retained offset', () => {
    expect(partitionLag('t', 1, '-1', '50', '20')).toEqual({
      topic: 't',
      partition: 1,
      committed: null,
      end: 50,
      lag: 30,
    });
  });

  it('given a committed offset at the end, then lag is 0', () => {
    expect(partitionLag('t', 2, '50', '50', '0').lag).toBe(0);
  });
});
