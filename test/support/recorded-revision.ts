import type { RevisionRecorded } from '@palimpsest/contracts';
import { canonicalUrl, createEvent, REVISION_RECORDED, reportIdFor } from '@palimpsest/contracts';

export interface RevisionFixture {
  url: string;
  revision: number;
  /** One paragraph of body text. */
  text: string;
  /** ISO time the revision was captured and took effect. */
  at: string;
}

/**
 * A RevisionRecorded as ingest writes it, for tests that put events straight
 * on the log. The content hash is derived from the revision and text, so two
 * calls with the same fixture give the same event id, as a republish does.
 */
export function recordedRevision({ url, revision, text, at }: RevisionFixture): RevisionRecorded {
  const contentHash = `hash-${revision}-${text.length}`;
  return createEvent(
    REVISION_RECORDED,
    {
      reportId: reportIdFor(canonicalUrl(url)),
      occurredAt: at,
      effectiveAt: at,
      causationId: null,
      correlationId: `fixture-${revision}`,
    },
    {
      url,
      canonicalUrl: canonicalUrl(url),
      revision,
      contentHash,
      previousHash: null,
      publishedAt: null,
      document: {
        title: 'Takedown',
        publishedAt: null,
        sections: [{ heading: null, blocks: [{ id: 'b1', kind: 'paragraph', text, start: 0 }] }],
      },
      amendmentIds: [],
      captureSource: 'api',
    },
    [contentHash],
  );
}
