import { appendToOutbox } from '@palimpsest/platform';
import type { EntityManager } from 'typeorm';
import type { PlannedRevision, ReportState } from '../captures/record-capture/plan-revision';

const SCHEMA = 'ingest';

/** Ingest's tables: reports with their last revision, captures seen, notes seen, and the outbox. */
export class ReportLogRepository {
  /**
   * Creates the report on first sight and locks its row, so revisions of one
   * report are numbered one at a time, and reads what planning needs, in one
   * round trip: the upsert takes the row lock, and its RETURNING brings the
   * known notes and the revision this very capture (hash, time) already made, if any.
   */
  async lockReport(
    manager: EntityManager,
    reportId: string,
    canonicalUrl: string,
    capture: { hash: string; observedAt: string },
  ): Promise<{ state: ReportState; seenRevision: number | null }> {
    const [report] = await manager.query(
      `INSERT INTO ingest.reports AS r (report_id, canonical_url, first_seen_at) VALUES ($1, $2, $3)
       ON CONFLICT (report_id) DO UPDATE SET report_id = EXCLUDED.report_id
       RETURNING r.last_revision, r.last_hash,
         ARRAY(SELECT note_hash FROM ingest.amendment_notes n WHERE n.report_id = r.report_id) AS note_hashes,
         (SELECT revision FROM ingest.captures c
          WHERE c.report_id = r.report_id AND c.content_hash = $4 AND c.observed_at = $3) AS seen_revision`,
      [reportId, canonicalUrl, capture.observedAt, capture.hash],
    );
    const state = {
      reportId,
      canonicalUrl,
      lastRevision: report.last_revision,
      lastHash: report.last_hash,
      knownNoteHashes: new Set<string>(report.note_hashes),
    };
    return { state, seenRevision: report.seen_revision ?? null };
  }

  async recordCapture(manager: EntityManager, reportId: string, hash: string, observedAt: string, revision: number) {
    await manager.query(
      `INSERT INTO ingest.captures (report_id, content_hash, observed_at, revision) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING`,
      [reportId, hash, observedAt, revision],
    );
  }

  async confirmUnchanged(manager: EntityManager, reportId: string, observedAt: string): Promise<void> {
    await manager.query(
      `UPDATE ingest.reports SET last_confirmed_at = GREATEST(last_confirmed_at, $2::timestamptz) WHERE report_id = $1`,
      [reportId, observedAt],
    );
  }

  /**
   * Writes a new revision, its notes, the report's new head and the capture
   * that made it in one statement, then its events to the outbox.
   */
  async appendRevision(manager: EntityManager, plan: PlannedRevision, topic: string): Promise<void> {
    const { revisionEvent: event } = plan;
    await manager.query(
      `WITH revision AS (
         INSERT INTO ingest.revisions (report_id, revision, content_hash, observed_at, event_id)
         VALUES ($1, $2, $3, $4, $5)
       ), notes AS (
         INSERT INTO ingest.amendment_notes (report_id, note_hash, event_id, revision)
         SELECT $1, note_hash, event_id, $2 FROM unnest($6::text[], $7::uuid[]) AS note(note_hash, event_id)
       ), capture AS (
         INSERT INTO ingest.captures (report_id, content_hash, observed_at, revision) VALUES ($1, $3, $4, $2)
         ON CONFLICT DO NOTHING
       )
       UPDATE ingest.reports SET last_revision = $2, last_hash = $3, last_confirmed_at = $4 WHERE report_id = $1`,
      [
        event.reportId,
        plan.revision,
        event.payload.contentHash,
        event.occurredAt,
        event.id,
        plan.noteHashes,
        plan.amendmentEvents.map((note) => note.id),
      ],
    );
    await appendToOutbox(manager, SCHEMA, topic, [event, ...plan.amendmentEvents]);
  }
}
