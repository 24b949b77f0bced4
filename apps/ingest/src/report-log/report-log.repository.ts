import { appendToOutbox } from '@palimpsest/persistence';
import { EntityManager } from 'typeorm';
import { PlannedRevision, ReportState } from '../captures/record-capture/plan-revision';

const SCHEMA = 'ingest';

/** Ingest's tables: reports with their last revision, captures seen, notes seen, and the outbox. */
export class ReportLogRepository {
  /** Creates the report on first sight and locks its row, so revisions of one report are numbered one at a time. */
  async lockReport(
    manager: EntityManager,
    reportId: string,
    canonicalUrl: string,
    observedAt: string,
  ): Promise<ReportState> {
    await manager.query(
      `INSERT INTO ingest.reports (report_id, canonical_url, first_seen_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [reportId, canonicalUrl, observedAt],
    );
    const [report] = await manager.query(
      `SELECT last_revision, last_hash FROM ingest.reports WHERE report_id = $1 FOR UPDATE`,
      [reportId],
    );
    const notes: Array<{ note_hash: string }> = await manager.query(
      `SELECT note_hash FROM ingest.amendment_notes WHERE report_id = $1`,
      [reportId],
    );
    return {
      reportId,
      canonicalUrl,
      lastRevision: report.last_revision,
      lastHash: report.last_hash,
      knownNoteHashes: new Set(notes.map((note) => note.note_hash)),
    };
  }

  async findCaptureRevision(
    manager: EntityManager,
    reportId: string,
    hash: string,
    observedAt: string,
  ): Promise<number | null> {
    const rows = await manager.query(
      `SELECT revision FROM ingest.captures WHERE report_id = $1 AND content_hash = $2 AND observed_at = $3`,
      [reportId, hash, observedAt],
    );
    return rows[0]?.revision ?? null;
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

  async appendRevision(manager: EntityManager, plan: PlannedRevision, topic: string): Promise<void> {
    const { revisionEvent: event } = plan;
    await manager.query(
      `INSERT INTO ingest.revisions (report_id, revision, content_hash, observed_at, event_id) VALUES ($1, $2, $3, $4, $5)`,
      [event.reportId, plan.revision, event.payload.contentHash, event.occurredAt, event.id],
    );
    for (const [index, note] of plan.amendmentEvents.entries()) {
      await manager.query(
        `INSERT INTO ingest.amendment_notes (report_id, note_hash, event_id, revision) VALUES ($1, $2, $3, $4)`,
        [event.reportId, plan.noteHashes[index], note.id, plan.revision],
      );
    }
    await manager.query(
      `UPDATE ingest.reports SET last_revision = $2, last_hash = $3, last_confirmed_at = $4 WHERE report_id = $1`,
      [event.reportId, plan.revision, event.payload.contentHash, event.occurredAt],
    );
    await appendToOutbox(manager, SCHEMA, topic, [event, ...plan.amendmentEvents]);
  }
}
