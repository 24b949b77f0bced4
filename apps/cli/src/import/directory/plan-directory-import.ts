import { captureTimeFromName } from './capture-time';
import type { ManifestEntry } from './manifest';

export interface PlannedFile {
  file: string;
  /** Null when neither the manifest nor --url names it: the page's canonical link is tried when it is read. */
  url: string | null;
  observedAt: string;
  publishedAt?: string;
}

const PAGE_FILE = /\.(html?|xhtml|txt|md)$/i;

/**
 * Which files of a directory to import, and when each was observed: from the
 * manifest when there is one (only the files it names), else every page file
 * whose name carries a time. Files without a time are reported, not guessed.
 */
export function planDirectoryImport(
  files: string[],
  manifest: ManifestEntry[] | null,
  defaultUrl: string | null,
): { planned: PlannedFile[]; problems: string[] } {
  const planned: PlannedFile[] = [];
  const problems: string[] = [];
  const entries = manifest ?? files.filter((file) => PAGE_FILE.test(file)).map((file) => ({ file }) as ManifestEntry);
  const present = new Set(files);
  for (const entry of entries) {
    if (!present.has(entry.file)) {
      problems.push(`${entry.file}: named in the manifest but not in the directory`);
      continue;
    }
    const observedAt = entry.observedAt ? normalise(entry.observedAt) : captureTimeFromName(entry.file);
    if (!observedAt) {
      problems.push(
        `${entry.file}: no observation time (add it to manifest.json/.csv or name the file 2018-10-26T16-00-00Z__slug.html)`,
      );
      continue;
    }
    planned.push({
      file: entry.file,
      url: entry.url ?? defaultUrl,
      observedAt,
      ...(entry.publishedAt ? { publishedAt: entry.publishedAt } : {}),
    });
  }
  return { planned, problems };
}

function normalise(value: string): string | null {
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
