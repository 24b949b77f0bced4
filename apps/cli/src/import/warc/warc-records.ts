import type { Readable } from 'node:stream';
import type { WARCRecord } from 'warcio';
import { LimitReader, WARCParser } from 'warcio';
import type { RecordBlock } from './http-head';
import { openBlock } from './http-head';

/** Opens the archive's bytes from an offset on: the file when importing, a buffer in the specs. */
export type OpenWarc = (start: number) => Readable;

/** What the importer decides on before reading a record's content, and where to find the record again. */
export interface WarcRecordHead {
  /** The record's place among all records of the file, from 0. */
  ordinal: number;
  /** Where warcio saw the record start; exact only where `ArchiveLayout.seekable` says so. */
  offset: number;
  recordId: string | null;
  type: string | null;
  targetUri: string | null;
  date: string | null;
  /** The HTTP status of a response record, else null. */
  httpStatus: number | null;
  /** The HTTP Content-Type of a response record, the record's own Content-Type otherwise. */
  contentType: string;
}

/**
 * Whether each record can be read again by opening the file at its offset: so
 * in an uncompressed file and in a .warc.gz of one gzip member per record
 * (ISO 28500 Annex D). warcio inflates ahead, so in a .warc.gz compressed as
 * one stream, or several records to a member, the offsets it reports repeat
 * or point past the end; such a file is read again from its start.
 */
export interface ArchiveLayout {
  seekable: boolean;
}

const VERSION_LINE = /^WARC\/\d+\.\d+$/;

/**
 * The heads of a .warc or .warc.gz file's records, read by warcio as a stream:
 * one record is held at a time, however large the file. `layout` is known once
 * the last head is read. Stops with an error naming the offset when a record
 * has no version line, no valid length or is cut short.
 */
export async function* warcRecordHeads(open: OpenWarc, layout: ArchiveLayout): AsyncGenerator<WarcRecordHead> {
  const stream = open(0);
  const seen = { bytes: 0, gzip: false };
  let lastOffset = -1;
  layout.seekable = true;
  try {
    const parser = new WARCParser(counted(stream, seen), { parseHttp: false });
    let ordinal = 0;
    for (let record = await parser.parse(); record; record = await parser.parse()) {
      const offset = parser.offset;
      if (!VERSION_LINE.test(record.warcHeaders.statusline)) throw new Error(`no WARC version line at byte ${offset}`);
      if (!/^\d+$/.test(record.warcHeaders.headers.get('content-length')?.trim() ?? '')) {
        // warcio ends a header block only at CRLF CRLF: a file of LF-only lines reads as one block of many fields.
        throw new Error(`WARC record at byte ${offset} has no valid Content-Length (are its lines ended by CRLF?)`);
      }
      if (offset <= lastOffset) layout.seekable = false;
      lastOffset = offset;
      const block = await openBlock(record);
      yield headOf(record, block, ordinal++, offset);
      await passOver(record, block, offset);
    }
    if (seen.gzip && lastOffset >= seen.bytes) layout.seekable = false;
  } finally {
    stream.destroy();
  }
}

async function* counted(stream: Readable, seen: { bytes: number; gzip: boolean }): AsyncGenerator<Uint8Array> {
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (seen.bytes === 0) seen.gzip = chunk[0] === 0x1f && chunk[1] === 0x8b;
    seen.bytes += chunk.length;
    yield chunk;
  }
}

/**
 * Reads a record to its end, so the parser never skips it itself: warcio's
 * skip loops forever on a record cut short (2.4.11), this read stops there.
 */
export async function passOver(record: WARCRecord, block: RecordBlock, offset: number): Promise<void> {
  for await (const chunk of block.rest) void chunk;
  const reader = record.reader;
  if (reader instanceof LimitReader && reader.limit > 0) throw new Error(`WARC record at byte ${offset} is truncated`);
}

function headOf(record: WARCRecord, { http }: RecordBlock, ordinal: number, offset: number): WarcRecordHead {
  const status = http ? Number(http.statusCode) : NaN;
  return {
    ordinal,
    offset,
    recordId: record.warcHeader('WARC-Record-ID') ?? null,
    type: record.warcType ?? null,
    targetUri: record.warcTargetURI ?? null,
    date: record.warcDate ?? null,
    httpStatus: Number.isInteger(status) ? status : null,
    contentType: (http ? http.headers.get('content-type') : record.warcContentType) ?? '',
  };
}
