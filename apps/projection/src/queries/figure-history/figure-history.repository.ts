import { Injectable } from '@nestjs/common';
import { ActiveReadModels } from '../../rebuild/active-read-models';
import { iso } from '../http/iso';

export interface FigureHistoryPoint {
  reportId: string;
  key: string;
  revision: number;
  change: string;
  value: number | null;
  qualifier: string | null;
  unit: string | null;
  text: string | null;
  from: { value: number; qualifier: string; unit: string } | null;
  label: string;
  section: string | null;
  silentEdit: boolean;
  observedAt: string;
  effectiveAt: string;
  analyzerVersion: string;
  /** The interval this value held: valid time (effectiveAt) and transaction time (observedAt); null "to" = still holds. */
  validFrom: string;
  validTo: string | null;
  recordedFrom: string;
  recordedTo: string | null;
}

/** Every change to a report's figures, each with the interval its new value held on both time axes. */
@Injectable()
export class FigureHistoryRepository {
  constructor(private readonly readModels: ActiveReadModels) {}

  async findHistory(reportId: string, key?: string): Promise<FigureHistoryPoint[]> {
    const rows = await this.readModels.query(
      (tables) => `SELECT h.*, i.valid_to, i.recorded_to
       FROM ${tables.figure_history_v1} h
       LEFT JOIN ${tables.figure_intervals_v1} i
         ON i.report_id = h.report_id AND i.key = h.key AND i.analyzer_version = h.analyzer_version
        AND i.revision = h.revision
       WHERE h.report_id = $1 AND ($2::text IS NULL OR h.key = $2)
       ORDER BY h.key, h.revision, h.analyzer_version`,
      [reportId, key ?? null],
    );
    return rows.map(toPoint);
  }
}

export function toPoint(row: Record<string, any>): FigureHistoryPoint {
  return {
    reportId: row.report_id,
    key: row.key,
    revision: row.revision,
    change: row.change,
    value: row.value,
    qualifier: row.qualifier,
    unit: row.unit,
    text: row.text,
    from:
      row.from_value === null ? null : { value: row.from_value, qualifier: row.from_qualifier, unit: row.from_unit },
    label: row.label,
    section: row.section,
    silentEdit: row.silent_edit,
    observedAt: iso(row.observed_at)!,
    effectiveAt: iso(row.effective_at)!,
    analyzerVersion: row.analyzer_version,
    validFrom: iso(row.effective_at)!,
    validTo: row.change === 'removed' ? iso(row.effective_at) : iso(row.valid_to),
    recordedFrom: iso(row.observed_at)!,
    recordedTo: row.change === 'removed' ? iso(row.observed_at) : iso(row.recorded_to),
  };
}
