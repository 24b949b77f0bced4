import { parseHttpResponse } from './http-payload';
import { WarcRecord } from './warc-records';

/** A page an archive holds, ready to post to the ingest API. */
export interface ArchivedCapture {
  url: string;
  observedAt: string;
  field: 'html' | 'text';
  content: string;
}

/**
 * Each `response` record with a 200 HTML or plain-text payload becomes a
 * capture of WARC-Target-URI at WARC-Date (the archive's capture time);
 * `resource` records with such a content type likewise. Other records
 * (request, metadata, revisit, redirects, images) are skipped and counted.
 */
export function warcCaptures(records: WarcRecord[]): { captures: ArchivedCapture[]; skipped: number } {
  const captures: ArchivedCapture[] = [];
  for (const record of records) {
    const capture = captureOf(record);
    if (capture) captures.push(capture);
  }
  return { captures, skipped: records.length - captures.length };
}

function captureOf(record: WarcRecord): ArchivedCapture | null {
  const type = record.headers['warc-type'];
  const url = record.headers['warc-target-uri']?.replace(/^<(.*)>$/, '$1');
  const date = Date.parse(record.headers['warc-date'] ?? '');
  if (!url || !/^https?:\/\//i.test(url) || Number.isNaN(date)) return null;
  let contentType: string;
  let body: Buffer;
  if (type === 'response') {
    const response = parseHttpResponse(record.block);
    if (!response || response.status !== 200) return null;
    contentType = response.headers['content-type'] ?? '';
    body = response.body;
  } else if (type === 'resource') {
    contentType = record.headers['content-type'] ?? '';
    body = record.block;
  } else return null;
  const field = pageField(contentType);
  if (!field) return null;
  return { url, observedAt: new Date(date).toISOString(), field, content: decodeText(body, contentType) };
}

function pageField(contentType: string): 'html' | 'text' | null {
  const media = contentType.split(';')[0].trim().toLowerCase();
  if (media === 'text/html' || media === 'application/xhtml+xml') return 'html';
  if (media === 'text/plain') return 'text';
  return null;
}

function decodeText(body: Buffer, contentType: string): string {
  const charset = /charset\s*=\s*"?([\w-]+)/i.exec(contentType)?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}
