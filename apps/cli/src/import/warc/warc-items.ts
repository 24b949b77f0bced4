import { readFile } from 'node:fs/promises';
import { ImportItem } from '../import-item';
import { readWarc } from './read-warc';
import { warcCaptures } from './warc-captures';

/** The captures of a .warc or .warc.gz file (read whole: zlib inflates all gzip members in one pass). */
export async function warcItems(path: string): Promise<{ items: ImportItem[]; skipped: number }> {
  const { captures, skipped } = warcCaptures(readWarc(await readFile(path)));
  const items = captures.map((capture, index) => ({
    label: `${path} record ${index + 1} (${capture.url} at ${capture.observedAt})`,
    observedAt: capture.observedAt,
    load: async () => ({
      url: capture.url,
      [capture.field]: capture.content,
      observedAt: capture.observedAt,
      source: 'warc' as const,
    }),
  }));
  return { items, skipped };
}
