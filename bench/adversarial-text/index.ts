import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoRoot } from '../../deploy/kafka/repo-root';
import { datasetLocation } from '../../tools/eval/load/dataset-location';
import { Benchmark, BenchRow } from '../benchmark';
import { HOSTILE_BODY_BYTES, HOSTILE_FAMILIES } from '../load';
import { runTarget } from './run-target';
import { FamilyRate, rateOf, slowestFamilyRow } from './slowest-row';

/**
 * Each family's process is killed after this long: 21 families stay inside the
 * runner's 4-minute limit per benchmark even when every one of them is quadratic.
 */
const FAMILY_CAP_MS = 8_000;
const SEED_CAP_MS = 20_000;
const SEED_FILE = join('seeds', '000_2b0c92a317130db5.txt');

/** Issue 13: the slowest hostile family at the body limit, in ms per MB, against the seed's rate. */
export const adversarialTextBenchmark: Benchmark = {
  name: 'adversarial-text',
  async run(context): Promise<BenchRow[]> {
    const seedPath = join(datasetLocation(findRepoRoot(__dirname), process.env).sharedDir, SEED_FILE);
    if (!existsSync(seedPath)) {
      context.progress(`no row: the seed is not at ${seedPath} (set PALIMPSEST_SHARED_DIR)`);
      return [];
    }
    const seedOutcome = await runTarget({ kind: 'seed', path: seedPath }, SEED_CAP_MS);
    const seed = rateOf('seed', 0, seedOutcome, SEED_CAP_MS);
    if (seed.stopped) throw new Error(`the seed could not be measured: ${seed.stopped}`);
    context.progress(`seed: ${seed.msPerMb.toFixed(1)} ms/MB`);
    const families: FamilyRate[] = [];
    for (const family of HOSTILE_FAMILIES) {
      const outcome = await runTarget({ kind: 'family', name: family.name, bytes: HOSTILE_BODY_BYTES }, FAMILY_CAP_MS);
      const rate = rateOf(family.name, HOSTILE_BODY_BYTES, outcome, FAMILY_CAP_MS);
      families.push(rate);
      context.progress(`${family.name}: ${rate.stopped ?? `${rate.msPerMb.toFixed(1)} ms/MB`}`);
    }
    return [slowestFamilyRow(families, seed, HOSTILE_BODY_BYTES / 1_000_000)];
  },
};
