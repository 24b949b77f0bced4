import { ratio } from './ratio';

describe(ratio.name, () => {
  it('given a subject twice as fast as its baseline, when compared, then the ratio is 2', () => {
    expect(ratio(300, 150)).toBe(2);
  });

  it('given a subject slower than its baseline, when compared, then the ratio is below 1', () => {
    expect(ratio(1, 4)).toBe(0.25);
  });

  it('given a zero or non-finite baseline, when compared, then there is no ratio (NaN)', () => {
    expect(ratio(5, 0)).toBeNaN();
    expect(ratio(5, Number.NaN)).toBeNaN();
    expect(ratio(Number.POSITIVE_INFINITY, 2)).toBeNaN();
  });
});
