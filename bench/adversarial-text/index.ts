import { existsSync } from 'node:fs';
import { SEED_FILE, sharedPath } from '@palimpsest/shared-folder';
import type { Benchmark, BenchRow } from '../benchmark';
import { HOSTILE_BODY_BYTES, HOSTILE_FAMILIES } from '../load';
import { runTarget } from './run-target';
import type { FamilyRate } from './slowest-row';
import { rateOf, slowestFamilyRow } from './slowest-row';

/**
 * A family is stopped once it has run 1.5 times as long as the seed's rate
 * predicts for its size (8 s at least), so a stopped family is known to be
 * slower than the seed by at least that much; and all families together get
 * 200 s, inside the runner's 4 minutes per benchmark, however many are stopped.
 */
const CAP_OVER_SEED = 1.5;
const FAMILY_CAP_FLOOR_MS = 8_000;
const FAMILIES_BUDGET_MS = 200_000;
const SEED_CAP_MS = 20_000;
const MB = HOSTILE_BODY_BYTES / 1_000_000;

/** Issue 13: the slowest hostile family at the body limit, in ms per MB, against the seed's rate. */
export const adversarialTextBenchmark: Benchmark = {
  name: 'adversarial-text',
  async run(context): Promise<BenchRow[]> {
    const seedPath = sharedPath(SEED_FILE);
    if (!existsSync(seedPath)) {
      context.progress(`no row: the seed is not at ${seedPath} (set PALIMPSEST_SHARED_DIR)`);
      return [];
    }
    const seedOutcome = await runTarget({ kind: 'seed', path: seedPath }, SEED_CAP_MS);
    const seed = rateOf('seed', 0, seedOutcome, SEED_CAP_MS);
    if (seed.stopped) throw new Error(`the seed could not be measured: ${seed.stopped}`);
    const capMs = Math.max(FAMILY_CAP_FLOOR_MS, Math.round(CAP_OVER_SEED * seed.msPerMb * MB));
    context.progress(`seed: ${seed.msPerMb.toFixed(1)} ms/MB; each family stopped after ${capMs / 1000} s`);
    const budgetEnds = Date.now() + FAMILIES_BUDGET_MS;
    const families: FamilyRate[] = [];
    for (const family of HOSTILE_FAMILIES) {
      const familyCapMs = Math.min(capMs, budgetEnds - Date.now());
      const measured = familyCapMs >= FAMILY_CAP_FLOOR_MS;
      const outcome = measured
        ? await runTarget({ kind: 'family', name: family.name, bytes: HOSTILE_BODY_BYTES }, familyCapMs)
        : { ok: false as const, problem: "not measured: the families' time budget was spent", timedOut: false };
      const rate = rateOf(family.name, HOSTILE_BODY_BYTES, outcome, familyCapMs);
      families.push(rate);
      context.progress(`${family.name}: ${rate.stopped ?? `${rate.msPerMb.toFixed(1)} ms/MB`}`);
    }
    return [slowestFamilyRow(families, seed, MB)];
  },
};
