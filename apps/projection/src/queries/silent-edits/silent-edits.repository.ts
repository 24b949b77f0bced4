import { Injectable } from '@nestjs/common';
import { ActiveReadModels } from '../../rebuild/active-read-models';
import { iso } from '../http/iso';

/** silent_edits_v1 across reports, newest observation first. */
@Injectable()
export class SilentEditsRepository {
  constructor(private readonly readModels: ActiveReadModels) {}

  async findSilentEdits(filter: { since?: string; reportId?: string; limit: number }) {
    const rows = await this.readModels.query(
      (tables) => `SELECT s.*, r.url, r.title FROM ${tables.silent_edits_v1} s
       LEFT JOIN ${tables.reports_v1} r ON r.report_id = s.report_id
       WHERE ($1::timestamptz IS NULL OR s.observed_at >= $1) AND ($2::text IS NULL OR s.report_id = $2)
       ORDER BY s.observed_at DESC, s.report_id, s.revision LIMIT $3`,
      [filter.since ?? null, filter.reportId ?? null, filter.limit],
    );
    return rows.map((row: Record<string, any>) => ({
      reportId: row.report_id,
      url: row.url,
      title: row.title,
      revision: row.revision,
      analyzerVersion: row.analyzer_version,
      figureChanges: row.figure_change_count,
      observedAt: iso(row.observed_at),
      effectiveAt: iso(row.effective_at),
    }));
  }
}
