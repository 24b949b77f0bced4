import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';

/**
 * The console's static files live beside the sources (`console/public`); tsc
 * copies only TypeScript into dist, so the compiled app reads them from the
 * source tree it was built from.
 */
export function consolePublicDir(compiledDir = __dirname): string {
  const beside = join(compiledDir, '..', 'public');
  if (existsSync(beside)) return beside;
  const distApps = `${sep}dist${sep}apps${sep}`;
  const at = beside.lastIndexOf(distApps);
  return at < 0 ? beside : `${beside.slice(0, at)}${sep}apps${sep}${beside.slice(at + distApps.length)}`;
}
