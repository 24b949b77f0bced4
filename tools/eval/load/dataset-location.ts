import { join, resolve } from 'node:path';
import { DatasetLocation } from './load-dataset';

/** The dataset inside the repository, and the shared folder beside it unless PALIMPSEST_SHARED_DIR says otherwise. */
export function datasetLocation(repoRoot: string, env: NodeJS.ProcessEnv): DatasetLocation {
  return {
    datasetDir: join(repoRoot, 'tools', 'eval', 'dataset'),
    sharedDir: resolve(env.PALIMPSEST_SHARED_DIR ?? join(repoRoot, '..', 'shared')),
  };
}
