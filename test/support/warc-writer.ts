import { gzipSync } from 'node:zlib';

export interface WarcCapture {
  url: string;
  date: string;
  html: string;
}

/** A .warc.gz with a warcinfo record and, per capture, a request and a response record, one gzip member each. */
export function writeWarcGz(captures: WarcCapture[]): Buffer {
  const record = (fields: Record<string, string>, block: string) => {
    const bytes = Buffer.from(block, 'utf8');
    const head = [
      'WARC/1.1',
      ...Object.entries(fields).map(([name, value]) => `${name}: ${value}`),
      `Content-Length: ${bytes.length}`,
    ];
    return gzipSync(Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`), bytes, Buffer.from('\r\n\r\n')]));
  };
  const members = [
    record({ 'WARC-Type': 'warcinfo', 'WARC-Date': '2026-01-01T00:00:00Z' }, 'software: palimpsest-test\r\n'),
  ];
  for (const capture of captures) {
    const common = { 'WARC-Target-URI': capture.url, 'WARC-Date': capture.date };
    members.push(
      record(
        { 'WARC-Type': 'request', ...common, 'Content-Type': 'application/http;msgtype=request' },
        'GET / HTTP/1.1\r\n\r\n',
      ),
    );
    const http = `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${capture.html}`;
    members.push(
      record({ 'WARC-Type': 'response', ...common, 'Content-Type': 'application/http;msgtype=response' }, http),
    );
  }
  return Buffer.concat(members);
}
