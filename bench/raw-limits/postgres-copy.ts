import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { figureRowCopyLine } from './copy-text';
import type { FigureRow } from './figure-rows';
import { withFigureRowsTable } from './figure-rows-table';

// Lines are handed to the stream in chunks of this many rows, so the stream is not fed one tiny write per row.
const ROWS_PER_CHUNK = 1_000;

function* copyChunks(rows: readonly FigureRow[]): Generator<string> {
  for (let start = 0; start < rows.length; start += ROWS_PER_CHUNK) {
    yield rows
      .slice(start, start + ROWS_PER_CHUNK)
      .map(figureRowCopyLine)
      .join('');
  }
}

/**
 * Rows per second loaded by one `COPY ... FROM STDIN` (text format) into a throwaway database: the
 * fastest way Postgres takes rows, so the ceiling for any writer of them. Encoding the lines is timed too.
 */
export async function measurePostgresCopy(databaseServer: string, rows: readonly FigureRow[]): Promise<number> {
  return withFigureRowsTable(databaseServer, async (client) => {
    const started = performance.now();
    const copy = client.query(copyFrom('COPY figure_rows FROM STDIN (FORMAT text)'));
    await pipeline(Readable.from(copyChunks(rows)), copy);
    const elapsedMs = performance.now() - started;
    // A miscounted load would make the rate meaningless: COPY reports how many rows it took.
    if (copy.rowCount !== rows.length) throw new Error(`COPY loaded ${copy.rowCount} of ${rows.length} rows`);
    return (rows.length * 1000) / elapsedMs;
  });
}
