import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { parseFields } from './warc-records';

export interface HttpPayload {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** The HTTP response a WARC `response` block holds, with chunked transfer and content encodings undone. */
export function parseHttpResponse(block: Buffer): HttpPayload | null {
  const crlf = block.indexOf('\r\n\r\n');
  const lf = block.indexOf('\n\n');
  const [end, separator] = crlf !== -1 && (lf === -1 || crlf < lf) ? [crlf, 4] : [lf, 2];
  if (end === -1) return null;
  const [statusLine, ...lines] = block.subarray(0, end).toString('latin1').split(/\r?\n/);
  const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(statusLine)?.[1];
  if (!status) return null;
  const headers = parseFields(lines);
  let body = block.subarray(end + separator);
  if (/chunked/i.test(headers['transfer-encoding'] ?? '')) body = dechunk(body);
  return { status: Number(status), headers, body: decodeContent(body, headers['content-encoding']) };
}

/** Joins HTTP/1.1 chunks (RFC 9112 §7.1); a truncated last chunk keeps what arrived. */
export function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let offset = 0;
  while (offset < body.length) {
    const lineEnd = body.indexOf('\r\n', offset);
    if (lineEnd === -1) break;
    const size = parseInt(body.subarray(offset, lineEnd).toString('latin1').split(';')[0].trim(), 16);
    if (!Number.isFinite(size) || size === 0) break;
    parts.push(body.subarray(lineEnd + 2, Math.min(lineEnd + 2 + size, body.length)));
    offset = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

function decodeContent(body: Buffer, encoding: string | undefined): Buffer {
  const name = (encoding ?? '').trim().toLowerCase();
  if (name === 'gzip' || name === 'x-gzip') return gunzipSync(body);
  if (name === 'deflate') return inflateSync(body);
  if (name === 'br') return brotliDecompressSync(body);
  return body;
}
