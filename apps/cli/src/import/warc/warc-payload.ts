import type { Readable } from 'node:stream';
import { brotliDecompressSync } from 'node:zlib';
import type { WARCRecord } from 'warcio';
import { WARCParser } from 'warcio';
import { decodingReader, openBlock } from './http-head';
import type { ArchiveLayout, OpenWarc, WarcRecordHead } from './warc-records';
import { passOver } from './warc-records';

type Payload = Buffer | { problem: string };

/**
 * Reads the payloads of chosen records of one archive, one read at a time. In
 * a seekable archive each read opens it at the record; otherwise reading goes
 * on from the last record read when the wanted one lies further on, and starts
 * again from the beginning when it lies before.
 */
export class WarcPayloadReader {
  private cursor: { stream: Readable; parser: WARCParser; offset: number; next: number } | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly openAt: OpenWarc,
    private readonly layout: ArchiveLayout,
    private readonly maxBytes: number,
  ) {}

  /** The record's payload with chunking and content encoding undone, or why it cannot be had. */
  read(head: WarcRecordHead): Promise<Payload> {
    const read = this.queue.then(() => this.readNow(head));
    this.queue = read.catch(() => undefined);
    return read;
  }

  close(): void {
    this.cursor?.stream.destroy();
    this.cursor = null;
  }

  private async readNow(head: WarcRecordHead): Promise<Payload> {
    const [offset, skip] = this.layout.seekable ? [head.offset, 0] : [0, head.ordinal];
    try {
      const record = await this.seek(offset, skip);
      if (!record || (record.warcHeader('WARC-Record-ID') ?? null) !== head.recordId) {
        return { problem: `the record is no longer at byte ${offset}` };
      }
      return await decodedPayload(record, this.maxBytes);
    } finally {
      if (this.layout.seekable) this.close();
    }
  }

  private async seek(offset: number, skip: number): Promise<WARCRecord | null> {
    if (!this.cursor || this.cursor.offset !== offset || this.cursor.next > skip) {
      this.close();
      const stream = this.openAt(offset);
      this.cursor = { stream, parser: new WARCParser(stream, { parseHttp: false }), offset, next: 0 };
    }
    const cursor = this.cursor;
    for (;;) {
      const record = await cursor.parser.parse();
      if (!record || cursor.next++ === skip) return record;
      await passOver(record, await openBlock(record), offset);
    }
  }
}

/** The payload decoded; warcio has no brotli, so that is undone here. Reading stops past `maxBytes`. */
async function decodedPayload(record: WARCRecord, maxBytes: number): Promise<Payload> {
  const block = await openBlock(record);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of decodingReader(block)) {
    size += chunk.byteLength;
    if (size > maxBytes) return { problem: `its payload is larger than ${maxBytes} bytes` };
    chunks.push(chunk);
  }
  const body = Buffer.concat(chunks);
  const encoding = block.http?.headers.get('content-encoding')?.trim().toLowerCase();
  if (encoding !== 'br') return body;
  try {
    return brotliDecompressSync(body, { maxOutputLength: maxBytes });
  } catch {
    return { problem: `its brotli payload is corrupt or larger than ${maxBytes} bytes` };
  }
}
