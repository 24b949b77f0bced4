import { formatAmount, formatFigure, formatInstant, formatNumber } from './format-figure';

describe(formatNumber.name, () => {
  it.each([
    [1_020_000, '1.02 million'],
    [1_500_000, '1.5 million'],
    [2_000_000_000, '2 billion'],
    [25_000, '25,000'],
    [999_999, '999,999'],
    [7, '7'],
    [0.5, '0.5'],
    [1234.567, '1,234.57'],
    [-28_000, '-28,000'],
  ])('given %p, then it reads "%s"', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });
});

describe(formatAmount.name, () => {
  it.each([
    [100, 'USD', '$100'],
    [1_500_000, 'EUR', '€1.5 million'],
    [12.5, 'percent', '12.5%'],
    [30, 'count', '30'],
    [40, 'CHF', '40 CHF'],
    [-5, 'USD', '-$5'],
  ])('given %p in %s, then it reads "%s"', (value, unit, expected) => {
    expect(formatAmount(value, unit)).toBe(expected);
  });
});

describe(formatFigure.name, () => {
  it.each([
    [{ value: 1_020_000, qualifier: 'about', unit: 'count' }, 'about 1.02 million'],
    [{ value: 100, qualifier: 'less_than', unit: 'USD' }, 'less than $100'],
    [{ value: 28_000, qualifier: 'more_than', unit: 'count' }, 'more than 28,000'],
    [{ value: 7, qualifier: 'exact', unit: 'count' }, '7'],
    [{ value: 10, qualifier: 'at_most', unit: 'percent' }, 'up to 10%'],
    [{ value: 3, qualifier: 'at_least', unit: 'count' }, 'at least 3'],
    [{ value: null, qualifier: null, unit: null }, '—'],
  ])('given %j, then it is shown as "%s"', (figure, expected) => {
    expect(formatFigure(figure)).toBe(expected);
  });
});

describe(formatInstant.name, () => {
  it('given an instant, then minutes in UTC', () => {
    expect(formatInstant('2018-10-26T20:30:00.000Z')).toBe('2018-10-26 20:30 UTC');
  });

  it('given a date alone or nothing, then the date or a dash', () => {
    expect(formatInstant('2018-10-26')).toBe('2018-10-26');
    expect(formatInstant(null)).toBe('—');
  });
});
