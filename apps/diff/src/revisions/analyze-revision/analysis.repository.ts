import { Analysis } from '@palimpsest/text';
import { EntityManager } from 'typeorm';

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

  async save(
    manager: EntityManager,
    reportId: string,
    revision: number,
    analyzerVersion: string,
    analysis: Analysis,
    eventId: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO diff.analyses (report_id, revision, analyzer_version, analysis, event_id)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [reportId, revision, analyzerVersion, JSON.stringify(analysis), eventId],
    );
  }
}
