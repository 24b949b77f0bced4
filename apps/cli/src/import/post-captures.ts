import { CliIo } from '../command';
import { ImportItem } from './import-item';
import { callIngestApi, IngestApi, ingestFailure } from './ingest-api';
import { ImportProgress, ProgressStream } from './progress';

export interface ImportTally {
  captures: number;
  recorded: number;
  unchanged: number;
  failed: number;
}

/**
 * Posts each capture to the ingest API in turn, so ingest stays the only
 * writer of the log and dedups a capture already recorded at the same
 * observed time: re-running an import adds nothing. A refused capture is
 * reported and skipped; an unauthorised or failing API stops the import.
 */
export async function postCaptures(
  api: IngestApi,
  items: ImportItem[],
  io: CliIo,
  every: number,
): Promise<ImportTally> {
  const tally: ImportTally = { captures: items.length, recorded: 0, unchanged: 0, failed: 0 };
  const progress = new ImportProgress(io.stderr as ProgressStream, items.length, every);
  for (const item of items) {
    const body = await item.load();
    if ('problem' in body) {
      tally.failed++;
      io.stderr.write(`skipped ${body.problem}\n`);
    } else {
      const answer = await callIngestApi(api, 'POST', '/captures', body);
      if (answer.status === 401 || answer.status === 403 || answer.status >= 500) {
        throw new Error(`${item.label}: ${ingestFailure(answer)}`);
      }
      const status = (answer.body as { status?: string } | null)?.status;
      if (answer.status < 300 && status === 'recorded') tally.recorded++;
      else if (answer.status < 300 && status === 'unchanged') tally.unchanged++;
      else {
        tally.failed++;
        io.stderr.write(`skipped ${item.label}: ${ingestFailure(answer)}\n`);
      }
    }
    progress.advance();
  }
  return tally;
}
