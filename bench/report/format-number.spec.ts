import { formatRatio, formatValue } from './format-number';

describe(formatValue.name, () => {
  it('given values across magnitudes, when formatted, then they keep about three significant digits', () => {
    expect([0.01234, 1.234, 12.34, 123.4].map(formatValue)).toEqual(['0.012', '1.23', '12.3', '123']);
  });

  it('given thousands, when formatted, then digits are grouped and rounded to three significant ones', () => {
    expect(formatValue(12_345)).toBe('12,300');
    expect(formatValue(1_020_000)).toBe('1,020,000');
  });

  it('given a value that is not finite, when formatted, then it reads n/a', () => {
    expect(formatValue(Number.NaN)).toBe('n/a');
    expect(formatValue(Number.POSITIVE_INFINITY)).toBe('n/a');
  });
});

describe(formatRatio.name, () => {
  it('given a ratio, when formatted, then it is a value with an x', () => {
    expect(formatRatio(118.6)).toBe('119x');
    expect(formatRatio(0.5)).toBe('0.500x');
  });

  it('given no ratio, when formatted, then it reads n/a', () => {
    expect(formatRatio(Number.NaN)).toBe('n/a');
  });
});
