import { stat } from 'node:fs/promises';
import { API_OPTIONS, appApiFrom } from '../app-api';
import type { Command } from '../command';
import { complain, EXIT_FAILURE, EXIT_OK } from '../command';
import { writeJson } from '../write-json';
import { directoryItems } from './directory/directory-items';
import type { ImportItem } from './import-item';
import { inObservationOrder } from './import-item';
import { postCaptures } from './post-captures';
import { warcItems } from './warc/warc-items';

export const importCommand: Command = {
  name: 'import',
  summary:
    'Import captures from a directory (times from manifest.json/.csv or file names like 2018-10-26T16-00-00Z__slug.html) or a .warc[.gz] file, through the ingest API.',
  operands: ['PATH'],
  options: {
    url: { type: 'string', description: "the page's URL, when a directory's captures do not say" },
    ...API_OPTIONS,
  },
  async run({ positionals: [path], values }, io) {
    const api = appApiFrom('ingest', values, process.env);
    if (!api.ok) return complain(io, 'import', api.reason);
    const found = await importItems(path, typeof values.url === 'string' ? values.url : null);
    if ('problem' in found) return complain(io, 'import', found.problem);
    for (const problem of found.problems) io.stderr.write(`skipped ${problem}\n`);
    const { stoppedBy, ...tally } = await postCaptures(api.value, inObservationOrder(found.items), io);
    const failed = tally.failed + found.problems.length;
    writeJson(io, { ...tally, failed, skippedRecords: found.skippedRecords });
    if (stoppedBy) return complain(io, 'import', `stopped at ${stoppedBy}`, EXIT_FAILURE);
    return failed > 0 ? EXIT_FAILURE : EXIT_OK;
  },
};

type Found = { items: ImportItem[]; problems: string[]; skippedRecords: number } | { problem: string };

async function importItems(path: string, url: string | null): Promise<Found> {
  const info = await stat(path).catch(() => null);
  if (!info) return { problem: `${path} does not exist` };
  if (info.isDirectory()) return { ...(await directoryItems(path, url)), skippedRecords: 0 };
  if (/\.warc(\.gz)?$/i.test(path)) {
    const { items, skipped } = await warcItems(path);
    return { items, problems: [], skippedRecords: skipped };
  }
  return { problem: `${path} is neither a directory nor a .warc or .warc.gz file` };
}
