import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readAlertsConfig } from '../../apps/alerts/src/config';
import { readDiffConfig } from '../../apps/diff/src/config';
import { readIngestConfig } from '../../apps/ingest/src/config';
import { readProjectionConfig } from '../../apps/projection/src/config';

/** What the deployment specs check a topology against: the apps' own configuration readers. */
export const repoRoot = resolve(__dirname, '..', '..');

export const configReaders = {
  ingest: readIngestConfig,
  diff: readDiffConfig,
  projection: readProjectionConfig,
  alerts: readAlertsConfig,
};

export type AppName = keyof typeof configReaders;

export const appNames = Object.keys(configReaders) as AppName[];

/** Variable names an app's config.ts reads (its only access to the environment). */
export function variablesReadBy(app: AppName): Set<string> {
  const sources = [`apps/${app}/src/config.ts`, 'libs/platform/src/shared-config.ts'];
  const names = sources.flatMap((file) =>
    [...readFileSync(join(repoRoot, file), 'utf8').matchAll(/\.(?:string|integer|list|url)\('([A-Z0-9_]+)'/g)].map(
      (match) => match[1],
    ),
  );
  return new Set(names);
}

/** Names in `names` that the app never reads: a typo or a stale setting. */
export function unknownVariables(app: AppName, names: Iterable<string>): string[] {
  const known = variablesReadBy(app);
  return [...names].filter((name) => !known.has(name));
}
