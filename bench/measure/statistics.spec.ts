import { median, percentile } from './statistics';

describe(median.name, () => {
  it('given an odd count of unsorted samples, when the median is taken, then it is the middle one', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it('given an even count, when the median is taken, then it is the mean of the two middle samples', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('given no samples, when the median is taken, then it is NaN', () => {
    expect(median([])).toBeNaN();
  });

  it('given samples, when the median is taken, then the caller array keeps its order', () => {
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe(percentile.name, () => {
  const samples = [10, 20, 30, 40, 50];

  it('given p0 and p100, when taken, then they are the minimum and the maximum', () => {
    expect(percentile(samples, 0)).toBe(10);
    expect(percentile(samples, 100)).toBe(50);
  });

  it('given a rank between two samples, when taken, then it interpolates linearly', () => {
    expect(percentile(samples, 90)).toBeCloseTo(46);
    expect(percentile([1, 2], 99)).toBeCloseTo(1.99);
  });

  it('given one sample, when any percentile is taken, then it is that sample', () => {
    expect(percentile([7], 99)).toBe(7);
  });

  it('given a percentile outside 0..100, when taken, then it is refused', () => {
    expect(() => percentile(samples, 101)).toThrow(RangeError);
    expect(() => percentile(samples, Number.NaN)).toThrow(RangeError);
  });
});
