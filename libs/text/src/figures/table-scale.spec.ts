import { extractFigures } from './extract-figures';
import { documentFrom } from './test-documents.spec-helper';

describe(`${extractFigures.name} on a table whose column states its multiplier`, () => {
  const row = (text: string) => ({ text, kind: 'table-row' as const });
  const doc = documentFrom(null, [
    [
      'Reach',
      [
        row('Platform | Adults reached (millions) | Share of adults | Revenue ($bn)'),
        row('Video platform A | 44.6 | 91% | 2.5'),
        row('Social network B | 1.2 million | 88% | 1.1'),
      ],
    ],
  ]);
  const figures = extractFigures(doc);

  it('given a bare number under "(millions)", when extracted, then its value is in millions', () => {
    expect(figures[0]).toMatchObject({ text: '44.6', value: 44600000, unit: 'count' });
  });

  it('given a currency column in "($bn)", when extracted, then its value is in billions', () => {
    expect(figures[2]).toMatchObject({ text: '2.5', value: 2500000000 });
  });

  it('given a percentage, or a cell that writes its own multiplier, when extracted, then it is read as written', () => {
    expect(figures.map((figure) => figure.value)).toEqual([44600000, 91, 2500000000, 1200000, 88, 1100000000]);
  });
});
