import { Analysis } from '@palimpsest/text';
import { EntityManager } from 'typeorm';

export interface StoredAnalysis {
  reportId: string;
  revision: number;
  analyzerVersion: string;
  analysis: Analysis;
  eventId: string;
}

/** Each revision's analysis, kept so the next revision can be diffed against it. */
export class AnalysisRepository {
  async findLatestBefore(
    manager: EntityManager,
    reportId: string,
    revision: number,
    analyzerVersion: string,
  ): Promise<{ revision: number; analysis: Analysis } | null> {
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
