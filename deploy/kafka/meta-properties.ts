import { readFileSync } from 'node:fs';

/** cluster.id from a formatted log dir's meta.properties, or undefined when it cannot be read. */
export function clusterIdOf(metaPropertiesFile: string): string | undefined {
  try {
    const text = readFileSync(metaPropertiesFile, 'utf8');
    return /^cluster\.id=(.+)$/m.exec(text)?.[1].trim();
  } catch {
    return undefined;
  }
}
