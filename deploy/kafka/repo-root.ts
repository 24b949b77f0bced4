import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const MARKER = join('deploy', 'kafka', 'pom.xml');

/** The repository root, found from here whether running from `deploy/kafka` (ts-jest) or `dist/deploy/kafka`. */
export function findRepoRoot(startDir: string = __dirname): string {
  let dir = startDir;
  while (!existsSync(join(dir, MARKER))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No ${MARKER} found above ${startDir}`);
    dir = parent;
  }
  return dir;
}
