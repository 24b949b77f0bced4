import { recognizePeerFigures } from './peer-figures';

describe(recognizePeerFigures.name, () => {
  const text =
    'Less than $100 was spent across 2 ads. The first ran in June 2016 at 1:30PM. Call 555-123-4567. 99.1% removed.';
  const figures = recognizePeerFigures(text);
  const at = (needle: string) => figures.find((figure) => figure.start === text.indexOf(needle));

  it('given a currency amount after "less than", when recognised, then it is a USD figure qualified less_than', () => {
    expect(at('$100')).toEqual({
      start: 10,
      end: 14,
      value: 100,
      unit: 'USD',
      qualifier: 'less_than',
    });
  });

  it('given a percentage, when recognised, then it is a percent figure and not also a bare number', () => {
    expect(at('99.1%')).toMatchObject({ value: 99.1, unit: 'percent' });
    expect(figures.filter((figure) => figure.value === 99.1)).toHaveLength(1);
  });

  it('given numbers inside a date, a time and a phone number, when recognised, then they are dropped', () => {
    expect(figures.map((figure) => figure.value)).not.toEqual(expect.arrayContaining([2016]));
    expect(figures.map((figure) => figure.value)).not.toEqual(expect.arrayContaining([555]));
    expect(figures.map((figure) => [figure.value, figure.unit])).toEqual([
      [100, 'USD'],
      [2, 'count'],
      [99.1, 'percent'],
    ]);
  });
});
