import type { Measured } from './contenders';
import { describeThroughput, throughputRow } from './contenders';

const measured = (label: string, perSecond: number, rounds: number): Measured => ({
  label,
  throughput: {
    perSecond,
    perCpuSecond: perSecond * 2,
    rounds,
    samples: [perSecond / 2, perSecond, perSecond * 2],
    outputPerPass: 40,
  },
});

describe(throughputRow.name, () => {
  it('given two measured contenders, when compared, then the row carries both medians, their ratio and the rounds', () => {
    const row = throughputRow('extraction', 'docs/s', measured('ours', 300, 20), measured('peer', 3, 3), 'Same docs.');
    expect(row).toEqual({
      name: 'extraction',
      subject: 'ours',
      subjectValue: 300,
      baseline: 'peer',
      baselineValue: 3,
      unit: 'docs/s',
      ratio: 100,
      note: 'Same docs. Medians of 20 and 3 rounds; per CPU-second 600 vs 6.00 (100x).',
    });
  });
});

describe(describeThroughput.name, () => {
  it('given a measurement, when described, then the median, rounds, range and output are named', () => {
    expect(describeThroughput(measured('ours', 300, 3).throughput, 'docs/s')).toBe(
      'median 300 docs/s over 3 rounds (range 150..600; 600 per CPU-second), 40 found a pass',
    );
  });
});
