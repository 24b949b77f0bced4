import { Injectable } from '@nestjs/common';
import { ActiveReadModels } from '../rebuild/active-read-models';
import { iso } from './http/iso';
import { toFigure, toReport } from './http/row-shapes';

/** Query-named reads over the projection's read models; rows come back shaped for the API. */
@Injectable()
export class ReadModelsRepository {
  constructor(private readonly readModels: ActiveReadModels) {}

  async findReport(reportId: string) {
    const [row] = await this.readModels.query(
      (tables) => `SELECT * FROM ${tables.reports_v1} WHERE report_id = $1`,
      [reportId],
    );
    return row ? toReport(row) : null;
  }

  async findRevisions(reportId: string) {
    const rows = await this.readModels.query(
      (tables) => `SELECT r.revision, r.observed_at, r.effective_at, r.content_hash, r.previous_hash, r.title,
              a.analyzer_version, a.figure_change_count, a.silent_edit, a.figures_found, a.figure_limit, a.caps_hit
       FROM ${tables.revisions_v1} r
       LEFT JOIN LATERAL (
         SELECT * FROM ${tables.revision_analyses_v1} a
         WHERE a.report_id = r.report_id AND a.revision = r.revision
         ORDER BY a.analyzer_version DESC LIMIT 1
       ) a ON true
       WHERE r.report_id = $1 ORDER BY r.revision`,
      [reportId],
    );
    return rows.map((row: Record<string, any>) => ({
      revision: row.revision,
      observedAt: iso(row.observed_at),
      effectiveAt: iso(row.effective_at),
      contentHash: row.content_hash,
      previousHash: row.previous_hash,
      title: row.title,
      analysis: row.analyzer_version ? toAnalysisSummary(row) : null,
    }));
  }

  async findAmendments(reportId: string) {
    const rows = await this.readModels.query(
      (tables) =>
        `SELECT * FROM ${tables.amendments_v1} WHERE report_id = $1 ORDER BY revision, effective_at, event_id`,
      [reportId],
    );
    return rows.map((row: Record<string, any>) => ({
      id: row.event_id,
      revision: row.revision,
      kind: row.kind,
      raw: row.raw,
      effectiveAt: iso(row.effective_at),
      statedAt: row.stated_at,
      precision: row.precision,
      timezone: row.timezone,
      reason: row.reason,
      observedAt: iso(row.observed_at),
    }));
  }

  async findCurrentFigures(reportId: string) {
    const rows = await this.readModels.query(
      (tables) => `SELECT * FROM ${tables.figures_current_v1} WHERE report_id = $1 ORDER BY position`,
      [reportId],
    );
    return rows.map(toFigure);
  }
}

/** What an analysis found and where it stopped short: `figuresTruncated` when figures past the limit were left out. */
function toAnalysisSummary(row: Record<string, any>) {
  return {
    analyzerVersion: row.analyzer_version,
    figureChanges: row.figure_change_count,
    silentEdit: row.silent_edit,
    figuresFound: row.figures_found,
    figureLimit: row.figure_limit,
    figuresTruncated: row.figure_limit !== null && row.figures_found > row.figure_limit,
    capsHit: row.caps_hit,
  };
}
