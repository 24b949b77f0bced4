import { resolve } from 'node:path';
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

/**
 * Variable names an app reads: its configuration reader is run over an environment that records
 * every name asked for (all unset, so every default is taken), since the reads are spread over the
 * app's config.ts and the shared readers of libs/platform.
 */
export function variablesReadBy(app: AppName): Set<string> {
  const asked = new Set<string>();
  const recording = new Proxy({} as Record<string, string | undefined>, {
    get: (_unset, name) => {
      if (typeof name === 'string') asked.add(name);
      return undefined;
    },
  });
  try {
    configReaders[app](recording);
  } catch {
    // Refused for what is missing (an app that needs API_TOKEN): every name was read by then.
  }
  return asked;
}

/** Names in `names` that the app never reads: a typo or a stale setting. */
export function unknownVariables(app: AppName, names: Iterable<string>): string[] {
  const known = variablesReadBy(app);
  return [...names].filter((name) => !known.has(name));
}
