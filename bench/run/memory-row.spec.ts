import { memoryRow } from './memory-row';

describe(memoryRow.name, () => {
  it('given a peak three times the idle RSS, when reported, then the row is in MiB with a ratio of 3', () => {
    const row = memoryRow('text-diff', { startRss: 50 * 1024 * 1024, peakRss: 150 * 1024 * 1024 });
    expect(row).toMatchObject({
      name: 'peak RSS, text-diff',
      subjectValue: 150,
      baselineValue: 50,
      unit: 'MiB',
      ratio: 3,
    });
  });
});
