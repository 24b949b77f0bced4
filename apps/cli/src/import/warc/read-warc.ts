import { gunzipSync } from 'node:zlib';
import { parseWarcRecords, WarcRecord } from './warc-records';

/**
 * The records of a .warc or .warc.gz file's bytes. A .warc.gz is a series of
 * gzip members, one per record (ISO 28500 Annex D); zlib's gunzip reads
 * concatenated members as one stream.
 */
export function readWarc(data: Buffer): WarcRecord[] {
  const isGzip = data.length > 2 && data[0] === 0x1f && data[1] === 0x8b;
  return parseWarcRecords(isGzip ? gunzipSync(data) : data);
}
