import { contentHash, normalizeText } from '@palimpsest/text';
import type { Message } from 'kafkajs';
import type { LoadCapture } from '../load';

/**
 * Messages shaped like ingest's RevisionRecorded on the wire (envelope, normalised document,
 * keyed by report), built from generated captures, so the raw limits move the same bytes the pipeline does.
 */
export function revisionSizedMessages(captures: readonly LoadCapture[]): Message[] {
  return captures.map((capture, index) => {
    const document = normalizeText(capture.text);
    const reportId = `rpt_raw_${String(capture.report).padStart(6, '0')}`;
    const event = {
      id: `evt_raw_${index}`,
      type: 'RevisionRecorded',
      schemaVersion: 2,
      reportId,
      occurredAt: capture.observedAt,
      effectiveAt: capture.observedAt,
      causationId: null,
      correlationId: `cor_raw_${index}`,
      payload: {
        url: capture.url,
        canonicalUrl: capture.url,
        revision: capture.revision,
        contentHash: contentHash(document),
        previousHash: null,
        publishedAt: null,
        document,
        amendmentIds: [],
        captureSource: 'api',
      },
    };
    return {
      key: reportId,
      value: JSON.stringify(event),
      headers: { 'event-id': event.id, 'event-type': event.type, 'schema-version': '2' },
    };
  });
}

export function averageBytes(messages: readonly Message[]): number {
  const total = messages.reduce((sum, message) => sum + Buffer.byteLength(String(message.value)), 0);
  return Math.round(total / Math.max(messages.length, 1));
}
