import { gzipSync } from 'node:zlib';
import { dechunk, parseHttpResponse } from './http-payload';
import { readWarc } from './read-warc';
import { warcCaptures } from './warc-captures';
import { parseWarcRecords } from './warc-records';

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

describe(parseWarcRecords.name, () => {
  it('given two records, then each has its fields and exactly Content-Length bytes of block', () => {
    const data = Buffer.concat([
      record({ 'WARC-Type': 'warcinfo' }, 'software: test\r\n'),
      response('https://news.example/a', '2018-10-26T16:00:00Z', page('<p>é</p>')),
    ]);
    const records = parseWarcRecords(data);
    expect(records.map((r) => r.headers['warc-type'])).toEqual(['warcinfo', 'response']);
    expect(records[1].block.toString('utf8')).toBe(page('<p>é</p>'));
  });

  it('given a record cut short or without a version line, then it names the offset', () => {
    const whole = response('https://news.example/a', '2018-10-26T16:00:00Z', page('<p>x</p>'));
    expect(() => parseWarcRecords(whole.subarray(0, whole.length - 10))).toThrow(/truncated/);
    expect(() => parseWarcRecords(Buffer.from('HTTP/1.1 200 OK\r\n\r\n'))).toThrow(/no WARC version line at byte 0/);
  });
});

describe(readWarc.name, () => {
  it('given a .warc.gz of one gzip member per record, then every record is read', () => {
    const members = [1, 2, 3].map((n) =>
      gzipSync(response(`https://news.example/${n}`, '2018-10-26T16:00:00Z', page(`<p>${n}</p>`))),
    );
    expect(readWarc(Buffer.concat(members)).map((r) => r.headers['warc-target-uri'])).toEqual([
      'https://news.example/1',
      'https://news.example/2',
      'https://news.example/3',
    ]);
  });
});

describe(parseHttpResponse.name, () => {
  it('given a chunked, gzipped body, then it is decoded', () => {
    const gz = gzipSync(Buffer.from('<p>hello</p>'));
    const chunked = Buffer.concat([Buffer.from(`${gz.length.toString(16)}\r\n`), gz, Buffer.from('\r\n0\r\n\r\n')]);
    const block = Buffer.concat([
      Buffer.from(
        'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n',
      ),
      chunked,
    ]);
    expect(parseHttpResponse(block)?.body.toString()).toBe('<p>hello</p>');
  });

  it('given two chunks, then dechunk joins them', () => {
    expect(dechunk(Buffer.from('3\r\nabc\r\n2;ext=1\r\nde\r\n0\r\n\r\n')).toString()).toBe('abcde');
  });
});

describe(warcCaptures.name, () => {
  it('given responses, a request, a redirect and an image, then only 200 HTML and text pages become captures', () => {
    const records = parseWarcRecords(
      Buffer.concat([
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
      ]),
    );
    expect(warcCaptures(records)).toEqual({
      captures: [
        { url: 'https://news.example/a', observedAt: '2018-10-26T16:00:00.000Z', field: 'html', content: '<p>v1</p>' },
        {
          url: 'https://news.example/t',
          observedAt: '2018-10-26T16:00:00.000Z',
          field: 'text',
          content: 'plain words',
        },
      ],
      skipped: 3,
    });
  });

  it('given a latin-1 page, then its declared charset decodes it', () => {
    const latin = Buffer.concat([
      Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=iso-8859-1\r\n\r\n'),
      Buffer.from([0x63, 0x61, 0x66, 0xe9]),
    ]);
    const [capture] = warcCaptures(
      parseWarcRecords(response('https://news.example/l', '2018-10-26T16:00:00Z', latin)),
    ).captures;
    expect(capture.content).toBe('café');
  });
});
