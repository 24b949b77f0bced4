import type { AmendmentNoted, RevisionAnalyzed, RevisionRecorded } from '@palimpsest/contracts';
import { publisherOf } from '@palimpsest/contracts';
import type { EntityManager } from 'typeorm';
import type { ReadModelTables } from '../rebuild/generation-tables';

/** reports_v1, revisions_v1 and amendments_v1: what each report said, revision by revision. */
export class ReportProjector {
  async revisionRecorded(manager: EntityManager, tables: ReadModelTables, event: RevisionRecorded): Promise<void> {
    const { payload } = event;
    const publisher = publisherOf(payload.canonicalUrl);
    await manager.query(
      `INSERT INTO ${tables.reports_v1} AS r
         (report_id, url, canonical_url, publisher, title, published_at, first_seen_at, last_revised_at, revision_count)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7, 1)
       ON CONFLICT (report_id) DO UPDATE SET
         url = EXCLUDED.url, title = EXCLUDED.title,
         published_at = COALESCE(r.published_at, EXCLUDED.published_at),
         first_seen_at = LEAST(r.first_seen_at, EXCLUDED.first_seen_at),
         last_revised_at = GREATEST(r.last_revised_at, EXCLUDED.last_revised_at),
         revision_count = r.revision_count + 1`,
      [
        event.reportId,
        payload.url,
        payload.canonicalUrl,
        publisher,
        payload.document.title,
        payload.publishedAt,
        event.occurredAt,
      ],
    );
    await manager.query(
      `INSERT INTO ${tables.revisions_v1}
         (report_id, revision, event_id, observed_at, effective_at, content_hash, previous_hash, title, document)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        event.reportId,
        payload.revision,
        event.id,
        event.occurredAt,
        event.effectiveAt,
        payload.contentHash,
        payload.previousHash,
        payload.document.title,
        JSON.stringify(payload.document),
      ],
    );
  }

  async amendmentNoted(manager: EntityManager, tables: ReadModelTables, event: AmendmentNoted): Promise<void> {
    const { payload } = event;
    await manager.query(
      `INSERT INTO ${tables.amendments_v1}
         (event_id, report_id, revision, kind, raw, stated_at, precision, timezone, reason, observed_at, effective_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        event.id,
        event.reportId,
        payload.revision,
        payload.kind,
        payload.raw,
        payload.statedAt,
        payload.precision,
        payload.timezone,
        payload.reason,
        event.occurredAt,
        event.effectiveAt,
      ],
    );
  }

  async revisionAnalyzed(manager: EntityManager, tables: ReadModelTables, event: RevisionAnalyzed): Promise<void> {
    const { payload } = event;
    await manager.query(
      `INSERT INTO ${tables.revision_analyses_v1}
         (report_id, revision, analyzer_version, figure_change_count, silent_edit, figures_found, figure_limit, caps_hit)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        event.reportId,
        payload.revision,
        payload.analyzerVersion,
        payload.figureChangeCount,
        payload.silentEdit,
        payload.limits.figuresFound,
        payload.limits.figureLimit,
        payload.limits.capsHit,
      ],
    );
  }
}
