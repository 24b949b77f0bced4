import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '@palimpsest/shared-folder';
import type { DatasetLocation } from './load-dataset';

/** The dataset inside the repository, and the shared folder its `shared:` sources are read from. */
export function datasetLocation(repoRoot: string, env: NodeJS.ProcessEnv): DatasetLocation {
  return {
    datasetDir: join(repoRoot, 'tools', 'eval', 'dataset'),
    sharedDir: sharedDir(env),
  };
}

/** The held-out documents (`dataset/holdout/docs`), scored apart from the set the rules were tuned on; null when absent. */
export function holdoutLocation(repoRoot: string, env: NodeJS.ProcessEnv): DatasetLocation | null {
  const main = datasetLocation(repoRoot, env);
  const datasetDir = join(main.datasetDir, 'holdout');
  return existsSync(datasetDir) ? { ...main, datasetDir, pairsOptional: true } : null;
}
