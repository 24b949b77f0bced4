import type { StatusAndHeaders, WARCRecord } from 'warcio';
import { AsyncIterReader, StatusAndHeadersParser } from 'warcio';

/** A record's block, and the HTTP response head at its start when it is a response record. */
export interface RecordBlock {
  http: StatusAndHeaders | null;
  /** What follows the HTTP head (the whole block for other records). */
  rest: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

const HTTP_STATUS_LINE = /^HTTP\/\d(?:\.\d)?\s+\d{3}/;

/**
 * Reads the HTTP head of a response record inside the record's own bounds.
 * warcio's parser is run with parseHttp off: it reads the head from the
 * file's stream, and a head with no header lines ("GET / HTTP/1.1" then a
 * blank line) runs into the next record (2.4.11).
 */
export async function openBlock(record: WARCRecord): Promise<RecordBlock> {
  if (record.warcType !== 'response') return { http: null, rest: record.reader };
  const block = new AsyncIterReader(record.reader, null);
  const head = await new StatusAndHeadersParser().parse(block, { headersClass: Headers });
  return { http: head && HTTP_STATUS_LINE.test(head.statusline) ? head : null, rest: block };
}

/** The payload after the HTTP head as sent, with chunking, gzip and deflate undone as warcio reads it. */
export function decodingReader({ http, rest }: RecordBlock): RecordBlock['rest'] {
  if (!http) return rest;
  const transfer = http.headers.get('transfer-encoding')?.trim().toLowerCase() ?? null;
  const chunked = transfer === 'chunked';
  const encoding = http.headers.get('content-encoding')?.trim().toLowerCase() ?? (chunked ? null : transfer);
  return new AsyncIterReader(rest, encoding === 'br' || encoding === 'identity' ? null : encoding, chunked);
}
