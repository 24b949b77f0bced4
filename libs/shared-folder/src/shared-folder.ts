import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The seed report: a newsroom post edited the same day, the example every tier starts from. */
export const SEED_FILE = join('seeds', '000_2b0c92a317130db5.txt');

/** Microsoft Recognizers-Text's English specifications (MIT), which the figure scanner is scored against. */
export const RECOGNIZERS_SPECS_DIR = join('data', 'recognizers-text-specs');

/**
 * The folder of third-party text (the seed, the Recognizers-Text specifications): `PALIMPSEST_SHARED_DIR`
 * when set, else `shared` beside the checkout. Its files are read in place and never copied into the repository.
 */
export function sharedDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.PALIMPSEST_SHARED_DIR || join(checkoutRoot(), '..', 'shared'));
}

/** The absolute path of a file or folder given relative to the shared folder. */
export function sharedPath(relativePath: string, env: NodeJS.ProcessEnv = process.env): string {
  return join(sharedDir(env), relativePath);
}

export function readSharedText(relativePath: string, env: NodeJS.ProcessEnv = process.env): string {
  return readFileSync(sharedPath(relativePath, env), 'utf8');
}

/** The seed report as captured in text mode. */
export function readSeed(env: NodeJS.ProcessEnv = process.env): string {
  return readSharedText(SEED_FILE, env);
}

/** The paths among `relativePaths` that are not in the shared folder (all of them in a clone without it). */
export function missingShared(relativePaths: readonly string[], env: NodeJS.ProcessEnv = process.env): string[] {
  return relativePaths.map((relativePath) => sharedPath(relativePath, env)).filter((path) => !existsSync(path));
}

const THIS_LIB = join('libs', 'shared-folder', 'package.json');

/** The checkout holding this lib, found by walking up, as the code runs from `libs/` (ts-jest) or from `dist/libs/`. */
function checkoutRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, THIS_LIB))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no ${THIS_LIB} above ${__dirname}`);
    dir = parent;
  }
  return dir;
}
