import { figureRowCopyLine } from './copy-text';

describe(figureRowCopyLine.name, () => {
  it('given a figure row, then its columns come in the table order, a missing unit as NULL', () => {
    const sut = figureRowCopyLine({
      reportId: 'rpt_raw_000001',
      figureKey: 'figure-0',
      revision: 2,
      value: 4200000,
      qualifier: 'about',
      unit: null,
      observedAt: '2024-01-01T00:00:00.000Z',
      effectiveAt: '2024-01-02T00:00:00.000Z',
    });
    expect(sut).toBe(
      'rpt_raw_000001\tfigure-0\t2\t4200000\tabout\t\\N\t2024-01-01T00:00:00.000Z\t2024-01-02T00:00:00.000Z\n',
    );
  });
});
