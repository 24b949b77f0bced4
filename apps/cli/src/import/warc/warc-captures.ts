import type { WarcRecordHead } from './warc-records';

/** A page an archive holds, to be read and posted to the ingest API. */
export interface ArchivedCapture {
  url: string;
  observedAt: string;
  field: 'html' | 'text';
  contentType: string;
}

/**
 * A `response` record with a 200 HTML or plain-text payload is a capture of
 * WARC-Target-URI at WARC-Date (the archive's capture time); a `resource`
 * record with such a content type likewise. Other records (request, metadata,
 * revisit, redirects, images) are not.
 */
export function captureOf(head: WarcRecordHead): ArchivedCapture | null {
  const url = head.targetUri?.replace(/^<(.*)>$/, '$1');
  const date = Date.parse(head.date ?? '');
  if (!url || !/^https?:\/\//i.test(url) || Number.isNaN(date)) return null;
  if (head.type === 'response' ? head.httpStatus !== 200 : head.type !== 'resource') return null;
  const field = pageField(head.contentType);
  return field ? { url, observedAt: new Date(date).toISOString(), field, contentType: head.contentType } : null;
}

function pageField(contentType: string): 'html' | 'text' | null {
  const media = contentType.split(';')[0].trim().toLowerCase();
  if (media === 'text/html' || media === 'application/xhtml+xml') return 'html';
  if (media === 'text/plain') return 'text';
  return null;
}

/** The payload as text in its declared charset, UTF-8 when none is declared or the name is unknown. */
export function decodeText(body: Buffer, contentType: string): string {
  const charset = /charset\s*=\s*"?([\w-]+)/i.exec(contentType)?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}
