import type { BenchRow } from '../benchmark';
import { percentile } from '../measure/statistics';
import { ratio } from '../measure/ratio';

export interface QueryPair {
  name: string;
  subject: string;
  baseline: string;
  /** The i-th call of each side asks for the same rows. */
  viaRepository(i: number): Promise<unknown>;
  viaSql(i: number): Promise<unknown>;
}

const WARMUP = 20;
const SAMPLES = 300;

async function timed(call: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await call();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Alternates the two sides call by call, so both see the same cache and machine load; p50 and p99 rows. */
export async function measurePair(pair: QueryPair, progress: (message: string) => void): Promise<BenchRow[]> {
  for (let i = 0; i < WARMUP; i++) await Promise.all([pair.viaRepository(i), pair.viaSql(i)]);
  const subject: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    subject.push(await timed(() => pair.viaRepository(i)));
    baseline.push(await timed(() => pair.viaSql(i)));
  }
  const rows = ([50, 99] as const).map((p) => {
    const subjectValue = percentile(subject, p);
    const baselineValue = percentile(baseline, p);
    return {
      name: `${pair.name} latency`,
      subject: pair.subject,
      subjectValue,
      baseline: pair.baseline,
      baselineValue,
      unit: `ms p${p}`,
      ratio: ratio(subjectValue, baselineValue),
      note: `${SAMPLES} calls each, alternating, after ${WARMUP} warm-up calls; 10,000 reports x 5 revisions loaded.`,
    };
  });
  progress(
    `${pair.name}: p50 ${rows[0].subjectValue.toFixed(2)} ms vs ${rows[0].baselineValue.toFixed(2)} ms bare SQL`,
  );
  return rows;
}
