import type { Analysis } from '@palimpsest/text';
import type { EntityManager } from 'typeorm';

export interface StoredAnalysis {
  reportId: string;
  revision: number;
  analyzerVersion: string;
  analysis: Analysis;
  eventId: string;
}

export type Baseline = { revision: number; analysis: Analysis } | null;

/** Each revision's analysis, kept so the next revision can be diffed against it. */
export class AnalysisRepository {
  /** For each (report, revision) asked, the latest stored analysis before it: one statement, keyed by report. */
  async findLatestBeforeEach(
    manager: EntityManager,
    asked: ReadonlyArray<{ reportId: string; revision: number }>,
    analyzerVersion: string,
  ): Promise<Map<string, Baseline>> {
    const found = new Map<string, Baseline>(asked.map(({ reportId }) => [reportId, null]));
    if (asked.length === 0) return found;
    const rows: Array<{ report_id: string; revision: number; analysis: Analysis }> = await manager.query(
      `SELECT t.report_id, a.revision, a.analysis
       FROM unnest($1::text[], $2::int[]) AS t(report_id, revision)
       CROSS JOIN LATERAL (
         SELECT revision, analysis FROM diff.analyses
         WHERE report_id = t.report_id AND analyzer_version = $3 AND revision < t.revision
         ORDER BY revision DESC LIMIT 1) a`,
      [asked.map((key) => key.reportId), asked.map((key) => key.revision), analyzerVersion],
    );
    for (const row of rows) found.set(row.report_id, { revision: row.revision, analysis: row.analysis });
    return found;
  }

  async findLatestBefore(
    manager: EntityManager,
    reportId: string,
    revision: number,
    analyzerVersion: string,
  ): Promise<Baseline> {
    const [row] = await manager.query(
      `SELECT revision, analysis FROM diff.analyses
       WHERE report_id = $1 AND analyzer_version = $2 AND revision < $3
       ORDER BY revision DESC LIMIT 1`,
      [reportId, analyzerVersion, revision],
    );
    return row ? { revision: row.revision, analysis: row.analysis } : null;
  }

  /** Stores a batch's analyses in one statement; one already stored for a revision and version stays. */
  async saveAll(manager: EntityManager, analyses: readonly StoredAnalysis[]): Promise<void> {
    if (analyses.length === 0) return;
    // One JSON document, not array parameters, for the reason given in appendToOutbox.
    await manager.query(
      `INSERT INTO diff.analyses (report_id, revision, analyzer_version, analysis, event_id)
       SELECT a."reportId", a.revision, a."analyzerVersion", a.analysis, a."eventId"
       FROM jsonb_to_recordset($1::jsonb)
         AS a("reportId" text, revision int, "analyzerVersion" text, analysis jsonb, "eventId" uuid)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(analyses)],
    );
  }
}
