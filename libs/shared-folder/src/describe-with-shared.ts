import { missingShared, SEED_FILE } from './shared-folder';

/**
 * `describe` for a suite that reads files from the shared folder. When one is missing (a clone without
 * `../shared`), the suite is registered skipped, so Jest lists its tests as skipped instead of failing,
 * with the reason in its title, which `jest.skip-reasons.js` prints at the end of the run. The body still
 * runs to register the tests, so it must read shared files only inside hooks and tests.
 */
export function describeWithShared(name: string, needs: readonly string[], body: () => void): void {
  const missing = missingShared(needs);
  if (missing.length === 0) describe(name, body);
  else describe.skip(`${name} (skipped: needs ${missing.join(' and ')}; set PALIMPSEST_SHARED_DIR)`, body);
}

/** `describe` for a suite that reads the seed report. */
export function describeWithSeed(name: string, body: () => void): void {
  describeWithShared(name, [SEED_FILE], body);
}
