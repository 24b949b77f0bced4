import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AmendmentFacts } from '../deliveries/alert-body';
import { ReportFacts } from '../rules/filter';
import { RevisionKey, revisionKeyOf } from './revision-key';

export interface RecordedRevision {
  reportId: string;
  revision: number;
  amendmentIds: string[];
}

export interface NotedAmendment {
  reportId: string;
  revision: number;
  note: AmendmentFacts;
}

/**
 * Alerts' own copy of what it needs about reports (url, publisher, notes per
 * revision), built from the revisions topic; it never reads ingest's tables.
 * Every method takes a whole batch in one statement; rows go in as one JSON
 * document rather than as array parameters (see appendToOutbox).
 */
@Injectable()
export class ReportContextRepository {
  /** The latest facts of each report; a report seen twice in `reports` keeps the later. */
  async saveReports(manager: EntityManager, reports: readonly ReportFacts[]): Promise<void> {
    if (reports.length === 0) return;
    // Postgres refuses an upsert that touches one row twice in a statement.
    const latest = [...new Map(reports.map((report) => [report.id, report])).values()];
    await manager.query(
      `INSERT INTO alerts.reports (report_id, url, canonical_url, publisher, title)
       SELECT r.id, r.url, r."canonicalUrl", r.publisher, r.title
       FROM jsonb_to_recordset($1::jsonb) AS r(id text, url text, "canonicalUrl" text, publisher text, title text)
       ON CONFLICT (report_id) DO UPDATE SET url = EXCLUDED.url, title = EXCLUDED.title`,
      [JSON.stringify(latest)],
    );
  }

  async findReports(manager: EntityManager, reportIds: readonly string[]): Promise<Map<string, ReportFacts>> {
    if (reportIds.length === 0) return new Map();
    const rows: Array<Record<string, string | null>> = await manager.query(
      `SELECT * FROM alerts.reports WHERE report_id = ANY ($1::text[])`,
      [[...new Set(reportIds)]],
    );
    return new Map(
      rows.map((row) => [
        row.report_id!,
        {
          id: row.report_id!,
          url: row.url!,
          canonicalUrl: row.canonical_url!,
          publisher: row.publisher!,
          title: row.title,
        },
      ]),
    );
  }

  async saveRevisions(manager: EntityManager, revisions: readonly RecordedRevision[]): Promise<void> {
    if (revisions.length === 0) return;
    await manager.query(
      `INSERT INTO alerts.revisions (report_id, revision, amendment_ids)
       SELECT r."reportId", r.revision, ARRAY(SELECT jsonb_array_elements_text(r."amendmentIds"))
       FROM jsonb_to_recordset($1::jsonb) AS r("reportId" text, revision int, "amendmentIds" jsonb)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(revisions)],
    );
  }

  async saveAmendments(manager: EntityManager, amendments: readonly NotedAmendment[]): Promise<void> {
    if (amendments.length === 0) return;
    await manager.query(
      `INSERT INTO alerts.amendments (event_id, report_id, revision, raw, stated_at, reason)
       SELECT a."eventId", a."reportId", a.revision, a.raw, a."statedAt", a.reason
       FROM jsonb_to_recordset($1::jsonb)
         AS a("eventId" text, "reportId" text, revision int, raw text, "statedAt" text, reason text)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(amendments.map(({ reportId, revision, note }) => ({ reportId, revision, ...note })))],
    );
  }

  /** The notes of each of `revisions`, by revisionKeyOf, each revision's in event id order. */
  async amendmentsOf(
    manager: EntityManager,
    revisions: readonly RevisionKey[],
  ): Promise<Map<string, AmendmentFacts[]>> {
    const byRevision = new Map<string, AmendmentFacts[]>();
    if (revisions.length === 0) return byRevision;
    const rows: Array<Record<string, string | number | null>> = await manager.query(
      `SELECT a.report_id, a.revision, a.event_id, a.raw, a.stated_at, a.reason FROM alerts.amendments a
       JOIN unnest($1::text[], $2::int[]) AS t(report_id, revision) USING (report_id, revision)
       ORDER BY a.event_id`,
      [revisions.map((key) => key.reportId), revisions.map((key) => key.revision)],
    );
    for (const row of rows) {
      const key = revisionKeyOf({ reportId: row.report_id as string, revision: row.revision as number });
      const notes = byRevision.get(key) ?? [];
      notes.push({
        eventId: row.event_id as string,
        raw: row.raw as string,
        statedAt: row.stated_at as string | null,
        reason: row.reason as string | null,
      });
      byRevision.set(key, notes);
    }
    return byRevision;
  }
}
