import type { BenchResults } from './bench-results';
import { formatMachine, formatOutcomes, resultsJson } from './bench-results';

const machine = {
  node: 'v20.20.0',
  platform: 'linux x64',
  cpuModel: 'Intel(R) Xeon(R) Processor',
  cores: 2,
  totalMemoryMiB: 7_961,
  loadAverage: [1.5, 1.25, 1],
  date: '2026-11-28T13:40:00.000Z',
};

describe(resultsJson.name, () => {
  it('given a row without a ratio, when written, then the ratio is null and the machine facts are kept', () => {
    const results: BenchResults = {
      machine,
      outcomes: [{ name: 'text-diff', status: 'ran', durationMs: 1_000 }],
      rows: [
        {
          name: 'diff throughput',
          subject: 'a',
          subjectValue: 1,
          baseline: 'b',
          baselineValue: 0,
          unit: 'pairs/s',
          ratio: Number.NaN,
        },
      ],
    };
    const parsed = JSON.parse(resultsJson(results));
    expect(parsed.rows[0].ratio).toBeNull();
    expect(parsed.machine).toEqual(machine);
  });
});

describe(formatOutcomes.name, () => {
  it('given skipped, failed and completed benchmarks, when formatted, then only the first two are listed with why', () => {
    const text = formatOutcomes([
      { name: 'a', status: 'ran', durationMs: 1 },
      { name: 'b', status: 'skipped', reason: 'needs a Kafka broker: KAFKA_BROKERS is not set' },
      { name: 'c', status: 'failed', reason: 'boom', durationMs: 1 },
    ]);
    expect(text).toBe('skipped b: needs a Kafka broker: KAFKA_BROKERS is not set\nFAILED c: boom\n');
  });

  it('given only completed benchmarks, when formatted, then nothing is printed', () => {
    expect(formatOutcomes([{ name: 'a', status: 'ran', durationMs: 1 }])).toBe('');
  });
});

describe(formatMachine.name, () => {
  it('given machine facts, when formatted, then one line names node, cores, cpu and load', () => {
    expect(formatMachine(machine)).toBe(
      'Node v20.20.0 on linux x64, 2 x Intel(R) Xeon(R) Processor, 7961 MiB, load 1.50 1.25 1.00, 2026-11-28T13:40:00.000Z\n',
    );
  });
});
