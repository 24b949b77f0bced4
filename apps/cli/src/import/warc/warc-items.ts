import { createReadStream } from 'node:fs';
import type { ImportItem } from '../import-item';
import { captureOf, decodeText } from './warc-captures';
import { WarcPayloadReader } from './warc-payload';
import type { ArchiveLayout, OpenWarc } from './warc-records';
import { warcRecordHeads } from './warc-records';

/** A page's payload is read only up to this size; the ingest API refuses far smaller bodies anyway. */
const MAX_PAYLOAD_BYTES = 64 * 1024 * 1024;

/**
 * The captures of a .warc or .warc.gz file. The file is streamed to list the
 * captures (where each record is, not its content), then each capture's record
 * is read again as it is posted, so memory holds one record, not the file.
 */
export async function warcItems(
  path: string,
  open: OpenWarc = (start) => createReadStream(path, { start }),
): Promise<{ items: ImportItem[]; skipped: number }> {
  const layout: ArchiveLayout = { seekable: true };
  const payloads = new WarcPayloadReader(open, layout, MAX_PAYLOAD_BYTES);
  const items: ImportItem[] = [];
  let skipped = 0;
  for await (const head of warcRecordHeads(open, layout)) {
    const capture = captureOf(head);
    if (!capture) {
      skipped++;
      continue;
    }
    const label = `${path} record ${items.length + 1} (${capture.url} at ${capture.observedAt})`;
    items.push({
      label,
      observedAt: capture.observedAt,
      load: async () => {
        const body = await payloads.read(head);
        if ('problem' in body) return { problem: `${label}: ${body.problem}` };
        return {
          url: capture.url,
          [capture.field]: decodeText(body, capture.contentType),
          observedAt: capture.observedAt,
          source: 'warc' as const,
        };
      },
    });
  }
  return { items, skipped };
}
