import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImportItem } from '../import-item';
import { statedPageUrl } from '../page-url';
import type { ManifestEntry } from './manifest';
import { parseCsvManifest, parseJsonManifest } from './manifest';
import { planDirectoryImport } from './plan-directory-import';

/** The captures of a directory: files named by its manifest, or page files whose names carry a time. */
export async function directoryItems(
  dir: string,
  defaultUrl: string | null,
): Promise<{ items: ImportItem[]; problems: string[] }> {
  const files = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort();
  const manifest = await readManifest(dir, files);
  const { planned, problems } = planDirectoryImport(files, manifest, defaultUrl);
  const items = planned.map((file) => ({
    label: join(dir, file.file),
    observedAt: file.observedAt,
    load: async () => {
      const content = (await readFile(join(dir, file.file))).toString('utf8');
      const isText = /\.(txt|md)$/i.test(file.file);
      const url = file.url ?? (isText ? null : statedPageUrl(content));
      if (!url)
        return {
          problem: `${file.file}: no URL (give --url, a "url" in the manifest, or a canonical link in the page)`,
        };
      return {
        url,
        [isText ? 'text' : 'html']: content,
        observedAt: file.observedAt,
        ...(file.publishedAt ? { publishedAt: file.publishedAt } : {}),
        source: 'cli' as const,
      };
    },
  }));
  return { items, problems };
}

async function readManifest(dir: string, files: string[]): Promise<ManifestEntry[] | null> {
  if (files.includes('manifest.json')) return parseJsonManifest(await readFile(join(dir, 'manifest.json'), 'utf8'));
  if (files.includes('manifest.csv')) return parseCsvManifest(await readFile(join(dir, 'manifest.csv'), 'utf8'));
  return null;
}
