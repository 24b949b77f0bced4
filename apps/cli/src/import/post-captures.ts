import type { CliIo } from '../command';
import type { ImportItem } from './import-item';
import type { AppApi } from '../app-api';
import { callApi, failureMessage } from '../app-api';
import type { ProgressStream } from '../progress/progress-bar';
import { createProgressBar } from '../progress/progress-bar';

export interface ImportTally {
  captures: number;
  recorded: number;
  unchanged: number;
  failed: number;
  /** Why the import stopped before the end (the API refused the token, failed or could not be reached). */
  stoppedBy?: string;
}

/**
 * Posts each capture to the ingest API in turn, so ingest stays the only
 * writer of the log and dedups a capture already recorded at the same
 * observed time: re-running an import adds nothing. A refused capture is
 * reported and skipped; an unauthorised, failing or unreachable API stops the import.
 */
export async function postCaptures(api: AppApi, items: ImportItem[], io: CliIo): Promise<ImportTally> {
  const tally: ImportTally = { captures: items.length, recorded: 0, unchanged: 0, failed: 0 };
  const progress = createProgressBar(io.stderr as ProgressStream, 'import', 'captures', items.length);
  for (const item of items) {
    const body = await item.load();
    if ('problem' in body) {
      tally.failed++;
      io.stderr.write(`skipped ${body.problem}\n`);
    } else {
      const answer = await callApi(api, 'POST', '/captures', body);
      if (answer.status === 0 || answer.status === 401 || answer.status === 403 || answer.status >= 500) {
        tally.stoppedBy = `${item.label}: ${failureMessage(api, answer)}`;
        break;
      }
      const status = (answer.body as { status?: string } | null)?.status;
      if (answer.status < 300 && status === 'recorded') tally.recorded++;
      else if (answer.status < 300 && status === 'unchanged') tally.unchanged++;
      else {
        tally.failed++;
        io.stderr.write(`skipped ${item.label}: ${failureMessage(api, answer)}\n`);
      }
    }
    progress.increment();
  }
  progress.finish();
  return tally;
}
