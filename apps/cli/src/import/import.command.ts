import { stat } from 'node:fs/promises';
import { Command, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../command';
import { writeJson } from '../write-json';
import { directoryItems } from './directory/directory-items';
import { ImportItem, inObservationOrder } from './import-item';
import { ingestApiFrom } from './ingest-api';
import { postCaptures } from './post-captures';
import { warcItems } from './warc/warc-items';

export const importCommand: Command = {
  name: 'import',
  summary:
    'Import captures from a directory (times from manifest.json/.csv or file names like 2018-10-26T16-00-00Z__slug.html) or a .warc[.gz] file, through the ingest API.',
  operands: ['PATH'],
  options: {
    url: { type: 'string' },
    every: { type: 'string' },
    api: { type: 'string' },
    token: { type: 'string' },
  },
  async run({ positionals: [path], values }, io) {
    const every = values.every === undefined ? 100 : Number(values.every);
    if (!Number.isInteger(every) || every < 1) {
      io.stderr.write('palimpsest import: --every must be a positive whole number of captures\n');
      return EXIT_USAGE;
    }
    const found = await importItems(path, typeof values.url === 'string' ? values.url : null);
    if ('problem' in found) {
      io.stderr.write(`palimpsest import: ${found.problem}\n`);
      return EXIT_USAGE;
    }
    for (const problem of found.problems) io.stderr.write(`skipped ${problem}\n`);
    const tally = await postCaptures(ingestApiFrom(values, process.env), inObservationOrder(found.items), io, every);
    const failed = tally.failed + found.problems.length;
    writeJson(io, { ...tally, failed, skippedRecords: found.skippedRecords });
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
