/** One WARC record: its named fields (lower-cased names) and its content block. */
export interface WarcRecord {
  version: string;
  headers: Record<string, string>;
  block: Buffer;
}

const CRLF2 = Buffer.from('\r\n\r\n');
const LF2 = Buffer.from('\n\n');

/**
 * Splits an uncompressed WARC file into records (ISO 28500: a version line,
 * named fields, a blank line, Content-Length bytes of block, then CRLF CRLF).
 * Tolerates LF-only header lines and missing record separators; stops with
 * an error naming the offset when a record has no version line or length.
 */
export function parseWarcRecords(data: Buffer): WarcRecord[] {
  const records: WarcRecord[] = [];
  let offset = skipBlankLines(data, 0);
  while (offset < data.length) {
    const headerEnd = endOfHeaders(data, offset);
    if (headerEnd === null) throw new Error(`WARC record at byte ${offset} has no end of headers`);
    const [versionLine, ...fieldLines] = data.subarray(offset, headerEnd.at).toString('utf8').split(/\r?\n/);
    if (!/^WARC\/\d+\.\d+$/.test(versionLine.trim())) throw new Error(`no WARC version line at byte ${offset}`);
    const headers = parseFields(fieldLines);
    const length = Number(headers['content-length']);
    if (!Number.isInteger(length) || length < 0)
      throw new Error(`WARC record at byte ${offset} has no valid Content-Length`);
    const blockStart = headerEnd.at + headerEnd.length;
    if (blockStart + length > data.length) throw new Error(`WARC record at byte ${offset} is truncated`);
    records.push({ version: versionLine.trim(), headers, block: data.subarray(blockStart, blockStart + length) });
    offset = skipBlankLines(data, blockStart + length);
  }
  return records;
}

/** Header fields as a map; continuation lines (starting with space or tab) extend the previous value. */
export function parseFields(lines: string[]): Record<string, string> {
  const fields: Record<string, string> = {};
  let last: string | null = null;
  for (const line of lines) {
    if (/^[ \t]/.test(line) && last) {
      fields[last] += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    fields[last] = line.slice(colon + 1).trim();
  }
  return fields;
}

function endOfHeaders(data: Buffer, from: number): { at: number; length: number } | null {
  const crlf = data.indexOf(CRLF2, from);
  const lf = data.indexOf(LF2, from);
  if (crlf === -1 && lf === -1) return null;
  if (lf === -1 || (crlf !== -1 && crlf < lf)) return { at: crlf, length: 4 };
  return { at: lf, length: 2 };
}

function skipBlankLines(data: Buffer, from: number): number {
  let offset = from;
  while (offset < data.length && (data[offset] === 0x0d || data[offset] === 0x0a)) offset++;
  return offset;
}
