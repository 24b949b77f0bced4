import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AmendmentFacts } from '../deliveries/alert-body';
import { ReportFacts } from '../rules/filter';

/**
 * Alerts' own copy of what it needs about reports (url, publisher, notes per
 * revision), built from the revisions topic; it never reads ingest's tables.
 */
@Injectable()
export class ReportContextRepository {
  async saveReport(manager: EntityManager, report: ReportFacts): Promise<void> {
    await manager.query(
      `INSERT INTO alerts.reports (report_id, url, canonical_url, publisher, title) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (report_id) DO UPDATE SET url = EXCLUDED.url, title = EXCLUDED.title`,
      [report.id, report.url, report.canonicalUrl, report.publisher, report.title],
    );
  }

  async findReport(manager: EntityManager, reportId: string): Promise<ReportFacts | null> {
    const [row] = await manager.query(`SELECT * FROM alerts.reports WHERE report_id = $1`, [reportId]);
    if (!row) return null;
    return {
      id: row.report_id,
      url: row.url,
      canonicalUrl: row.canonical_url,
      publisher: row.publisher,
      title: row.title,
    };
  }

  async saveRevision(
    manager: EntityManager,
    reportId: string,
    revision: number,
    amendmentIds: string[],
  ): Promise<void> {
    await manager.query(
      `INSERT INTO alerts.revisions (report_id, revision, amendment_ids) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [reportId, revision, amendmentIds],
    );
  }

  async saveAmendment(manager: EntityManager, reportId: string, revision: number, note: AmendmentFacts): Promise<void> {
    await manager.query(
      `INSERT INTO alerts.amendments (event_id, report_id, revision, raw, stated_at, reason) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT DO NOTHING`,
      [note.eventId, reportId, revision, note.raw, note.statedAt, note.reason],
    );
  }

  async amendmentsOf(manager: EntityManager, reportId: string, revision: number): Promise<AmendmentFacts[]> {
    const rows = await manager.query(
      `SELECT event_id, raw, stated_at, reason FROM alerts.amendments WHERE report_id = $1 AND revision = $2 ORDER BY event_id`,
      [reportId, revision],
    );
    return rows.map((row: Record<string, string | null>) => ({
      eventId: row.event_id!,
      raw: row.raw!,
      statedAt: row.stated_at,
      reason: row.reason,
    }));
  }
}
