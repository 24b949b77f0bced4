import type { BenchRow } from '../benchmark';
import { ratio } from '../measure/ratio';
import { median } from '../measure/statistics';
import type { TargetOutcome } from './run-target';

const BYTES_PER_MB = 1_000_000;
export const UNIT = 'ms/MB';

export interface FamilyRate {
  name: string;
  /** Median ms per round over MB; for a family stopped at the cap, the cap over MB, a lower bound. */
  msPerMb: number;
  /** Why the rate is only a lower bound, e.g. "exceeded 8 s"; null when it was measured. */
  stopped: string | null;
  /** Why there is no rate at all (the process crashed, or was never run); such a family is not ranked. */
  failed?: string;
}

/** A measured target's rate, or for one stopped at `capMs` the least its rate can be. */
export function rateOf(name: string, bytes: number, outcome: TargetOutcome, capMs: number): FamilyRate {
  if (outcome.ok) {
    return { name, msPerMb: median(outcome.report.roundMs) / (outcome.report.bytes / BYTES_PER_MB), stopped: null };
  }
  if (!outcome.timedOut) return { name, msPerMb: Number.NaN, stopped: null, failed: outcome.problem };
  return { name, msPerMb: capMs / (bytes / BYTES_PER_MB), stopped: outcome.problem };
}

const describeRate = ({ name, msPerMb, stopped, failed }: FamilyRate) =>
  `${name} ${failed ? `failed (${failed})` : stopped ? `>= ${msPerMb.toFixed(0)} (${stopped})` : msPerMb.toFixed(1)}`;

/** The slowest family against the seed, with every family's rate in the note. */
export function slowestFamilyRow(families: readonly FamilyRate[], seed: FamilyRate, megabytes: number): BenchRow {
  // A family stopped at the cap is slower than any measured one, whatever its lower bound says.
  const ranked = families.filter((family) => !family.failed);
  if (ranked.length === 0) throw new Error(`no family could be measured: ${families.map(describeRate).join('; ')}`);
  const slowest = [...ranked].sort(
    (a, b) => Number(b.stopped !== null) - Number(a.stopped !== null) || b.msPerMb - a.msPerMb,
  )[0];
  return {
    name: `adversarial text, slowest family at ${megabytes.toFixed(2)} MB`,
    subject: slowest.stopped ? `${slowest.name} (${slowest.stopped}: a lower bound)` : slowest.name,
    subjectValue: slowest.msPerMb,
    baseline: 'the seed report',
    baselineValue: seed.msPerMb,
    unit: UNIT,
    ratio: ratio(slowest.msPerMb, seed.msPerMb),
    note:
      "One capture's text work as the pipeline does it (normalise, hash, amendment notes, analyse, diff against " +
      'the page at half its length, stated sums), median of up to 25 rounds, each family in a process killed at ' +
      `its cap; lower is better. Every family, ${UNIT}: ${families.map(describeRate).join('; ')}. Seed: ${describeRate(seed)}.`,
  };
}
