import { Readable } from 'node:stream';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { CaptureBody } from '../import-item';
import { captureOf } from './warc-captures';
import { warcItems } from './warc-items';
import { WarcPayloadReader } from './warc-payload';
import type { ArchiveLayout, OpenWarc, WarcRecordHead } from './warc-records';
import { warcRecordHeads } from './warc-records';

function record(fields: Record<string, string>, block: string | Buffer): Buffer {
  const bytes = Buffer.from(block);
  const head = ['WARC/1.0', ...Object.entries(fields).map(([k, v]) => `${k}: ${v}`), `Content-Length: ${bytes.length}`];
  return Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`), bytes, Buffer.from('\r\n\r\n')]);
}

const response = (url: string, date: string, http: string | Buffer) =>
  record(
    {
      'WARC-Type': 'response',
      'WARC-Target-URI': url,
      'WARC-Date': date,
      'Content-Type': 'application/http;msgtype=response',
    },
    http,
  );

const page = (html: string, headers = 'Content-Type: text/html; charset=utf-8') =>
  `HTTP/1.1 200 OK\r\n${headers}\r\n\r\n${html}`;

/** The archive as a stream of `chunk`-byte pieces from any offset: no file is touched. */
const inMemory =
  (data: Buffer, chunk = 64 * 1024): OpenWarc =>
  (start) => {
    const pieces: Buffer[] = [];
    for (let at = start; at < data.length; at += chunk) pieces.push(data.subarray(at, at + chunk));
    return Readable.from(pieces);
  };

async function headsOf(data: Buffer, chunk?: number, layout: ArchiveLayout = { seekable: true }) {
  const heads: WarcRecordHead[] = [];
  for await (const head of warcRecordHeads(inMemory(data, chunk), layout)) heads.push(head);
  return heads;
}

async function payloadOf(data: Buffer, maxBytes = 1024 * 1024): Promise<string> {
  const layout = { seekable: true };
  const [head] = await headsOf(data, undefined, layout);
  const body = await new WarcPayloadReader(inMemory(data), layout, maxBytes).read(head);
  return 'problem' in body ? `problem: ${body.problem}` : body.toString('utf8');
}

async function loaded(data: Buffer): Promise<{ bodies: CaptureBody[]; skipped: number }> {
  const { items, skipped } = await warcItems('test.warc', inMemory(data));
  const bodies = await Promise.all(items.map((item) => item.load()));
  return { bodies: bodies as CaptureBody[], skipped };
}

describe(warcRecordHeads.name, () => {
  it('given two records read in 7-byte pieces, then each has its fields and the response its payload', async () => {
    const data = Buffer.concat([
      record({ 'WARC-Type': 'warcinfo' }, 'software: test\r\n'),
      response('https://news.example/a', '2018-10-26T16:00:00Z', page('<p>é</p>')),
    ]);
    const heads = await headsOf(data, 7);
    expect(heads.map((head) => [head.type, head.httpStatus, head.contentType])).toEqual([
      ['warcinfo', null, ''],
      ['response', 200, 'text/html; charset=utf-8'],
    ]);
    expect(heads.map((head) => head.offset)).toEqual([0, data.indexOf('WARC/1.0', 1)]);
  });

  it('given a record cut short or without a version line, then it names the offset', async () => {
    const whole = response('https://news.example/a', '2018-10-26T16:00:00Z', page('<p>x</p>'));
    await expect(headsOf(whole.subarray(0, whole.length - 10))).rejects.toThrow(/byte 0 is truncated/);
    await expect(headsOf(Buffer.from('HTTP/1.1 200 OK\r\n\r\n'))).rejects.toThrow(/no WARC version line at byte 0/);
  });

  it('given records whose lines end in LF alone, then it says so rather than reading them as one', async () => {
    const lf = (n: number) =>
      `WARC/1.0\nWARC-Type: resource\nWARC-Target-URI: https://news.example/${n}\nContent-Length: 1\n\n${n}\n\n`;
    await expect(headsOf(Buffer.from(lf(1) + lf(2)))).rejects.toThrow(/byte 0 has no valid Content-Length/);
  });

  it('given a .warc.gz of one gzip member per record, then every record is read at its member offset', async () => {
    // A request with no header lines: warcio's own HTTP parsing would read past its record into the next.
    const request = record({ 'WARC-Type': 'request' }, 'GET / HTTP/1.1\r\n\r\n');
    const members = [1, 2, 3].map((n) =>
      gzipSync(Buffer.concat([response(`https://news.example/${n}`, '2018-10-26T16:00:00Z', page(`<p>${n}</p>`))])),
    );
    members.splice(1, 0, gzipSync(request));
    const layout = { seekable: false };
    const heads = await headsOf(Buffer.concat(members), undefined, layout);
    expect(layout.seekable).toBe(true);
    expect(heads.map((head) => head.targetUri)).toEqual([
      'https://news.example/1',
      null,
      'https://news.example/2',
      'https://news.example/3',
    ]);
    const starts = members.map((_, index) => Buffer.concat(members.slice(0, index)).length);
    expect(heads.map((head) => head.offset)).toEqual(starts);
  });
});

describe(WarcPayloadReader.name, () => {
  const http = (headers: string, body: Buffer) =>
    Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\n${headers}\r\n\r\n`), body]);
  const chunked = (body: Buffer) =>
    Buffer.concat([Buffer.from(`${body.length.toString(16)}\r\n`), body, Buffer.from('\r\n0\r\n\r\n')]);
  const at = (block: Buffer) => response('https://news.example/a', '2018-10-26T16:00:00Z', block);

  // warcio undoes gzip as it reads and passes brotli through, which we undo.
  it.each([
    ['gzip', gzipSync],
    ['br', brotliCompressSync],
  ])('given a chunked body in Content-Encoding %s, then it is decoded', async (encoding, compress) => {
    const headers = `Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: ${encoding}`;
    expect(await payloadOf(at(http(headers, chunked(compress(Buffer.from('<p>hello</p>'))))))).toBe('<p>hello</p>');
  });

  it('given two chunks, one with an extension, then they are joined', async () => {
    const block = http('Transfer-Encoding: chunked', Buffer.from('3\r\nabc\r\n2;ext=1\r\nde\r\n0\r\n\r\n'));
    expect(await payloadOf(at(block))).toBe('abcde');
  });

  it('given a payload over the limit, plain or once decoded, then it is refused, not read whole', async () => {
    const big = Buffer.alloc(4096, 'a');
    expect(await payloadOf(at(http('Content-Type: text/plain', big)), 1024)).toMatch(/larger than 1024 bytes/);
    expect(await payloadOf(at(http('Content-Encoding: gzip', gzipSync(big))), 1024)).toMatch(/larger than 1024/);
    expect(await payloadOf(at(http('Content-Encoding: br', brotliCompressSync(big))), 1024)).toMatch(
      /larger than 1024/,
    );
  });
});

describe(captureOf.name, () => {
  it('given a resource record of plain text, then it is a text capture', () => {
    const head: WarcRecordHead = {
      ordinal: 0,
      offset: 0,
      recordId: null,
      type: 'resource',
      targetUri: 'https://news.example/notes.txt',
      date: '2018-10-26T16:00:00Z',
      httpStatus: null,
      contentType: 'text/plain',
    };
    expect(captureOf(head)).toMatchObject({ field: 'text', observedAt: '2018-10-26T16:00:00.000Z' });
    expect(captureOf({ ...head, type: 'metadata' })).toBeNull();
  });
});

describe(warcItems.name, () => {
  it('given responses, a request, a redirect and an image, then only 200 HTML and text pages become captures', async () => {
    const data = Buffer.concat([
      record(
        { 'WARC-Type': 'request', 'WARC-Target-URI': 'https://news.example/a', 'WARC-Date': '2018-10-26T16:00:00Z' },
        'GET / HTTP/1.1\r\n\r\n',
      ),
      response('https://news.example/a', '2018-10-26T16:00:00Z', page('<p>v1</p>')),
      response('https://news.example/b', '2018-10-26T17:00:00Z', 'HTTP/1.1 301 Moved\r\nLocation: /c\r\n\r\n'),
      response('https://news.example/i.png', '2018-10-26T17:00:00Z', page('PNG', 'Content-Type: image/png')),
      response(
        '<https://news.example/t>',
        '2018-10-26T18:00:00+02:00',
        page('plain words', 'Content-Type: text/plain'),
      ),
    ]);
    expect(await loaded(data)).toEqual({
      bodies: [
        { url: 'https://news.example/a', observedAt: '2018-10-26T16:00:00.000Z', html: '<p>v1</p>', source: 'warc' },
        { url: 'https://news.example/t', observedAt: '2018-10-26T16:00:00.000Z', text: 'plain words', source: 'warc' },
      ],
      skipped: 3,
    });
  });

  it('given a latin-1 page, then its declared charset decodes it', async () => {
    const latin = Buffer.concat([
      Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=iso-8859-1\r\n\r\n'),
      Buffer.from([0x63, 0x61, 0x66, 0xe9]),
    ]);
    const { bodies } = await loaded(response('https://news.example/l', '2018-10-26T16:00:00Z', latin));
    expect(bodies[0].html).toBe('café');
  });

  it.each([
    ['compressed as one stream', (records: Buffer[]) => gzipSync(Buffer.concat(records))],
    [
      'of two records to a gzip member',
      (r: Buffer[]) => Buffer.concat([gzipSync(Buffer.concat(r.slice(0, 2))), gzipSync(r[2])]),
    ],
    ['of one gzip member per record', (records: Buffer[]) => Buffer.concat(records.map((r) => gzipSync(r)))],
    ['not compressed', (records: Buffer[]) => Buffer.concat(records)],
  ])('given an archive %s, when loaded newest first, then each capture has its own page', async (_layout, pack) => {
    const records = [1, 2, 3].map((n) =>
      record(
        {
          'WARC-Type': 'response',
          'WARC-Record-ID': `<urn:uuid:0000000${n}-0000-4000-8000-000000000000>`,
          'WARC-Target-URI': `https://news.example/${n}`,
          'WARC-Date': `2018-10-2${n}T16:00:00Z`,
        },
        page(`<p>${n}</p>`),
      ),
    );
    const { items } = await warcItems('test.warc.gz', inMemory(pack(records), 100));
    const newestFirst = [...items].reverse();
    const bodies = [];
    for (const item of newestFirst) bodies.push((await item.load()) as CaptureBody);
    expect(bodies.map((body) => [body.url, body.html])).toEqual([
      ['https://news.example/3', '<p>3</p>'],
      ['https://news.example/2', '<p>2</p>'],
      ['https://news.example/1', '<p>1</p>'],
    ]);
  });
});
