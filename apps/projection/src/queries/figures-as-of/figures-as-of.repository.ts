import { Injectable } from '@nestjs/common';
import { ActiveReadModels } from '../../rebuild/active-read-models';
import { TimeAxis } from '../changes-feed/changes-query';
import { iso } from '../http/iso';
import { toFigure } from '../http/row-shapes';

// Two fixed column pairs chosen by the axis; nothing from the request is spliced into the SQL.
const COLUMNS: Record<TimeAxis, { from: string; to: string; revisionTime: string }> = {
  effective: { from: 'valid_from', to: 'valid_to', revisionTime: 'effective_at' },
  observed: { from: 'recorded_from', to: 'recorded_to', revisionTime: 'observed_at' },
};

/**
 * What a report said at an instant (effective axis: valid time) or what we
 * knew at an instant (observed axis: transaction time), from figure_intervals_v1.
 */
@Injectable()
export class FiguresAsOfRepository {
  constructor(private readonly readModels: ActiveReadModels) {}

  async findFiguresAsOf(reportId: string, asOf: string, axis: TimeAxis) {
    const { from, to } = COLUMNS[axis];
    const rows = await this.readModels.query(
      (tables) => `SELECT * FROM ${tables.figure_intervals_v1}
       WHERE report_id = $1
         AND analyzer_version = (SELECT max(analyzer_version) FROM ${tables.figure_intervals_v1} WHERE report_id = $1)
         AND ${from} <= $2 AND (${to} IS NULL OR ${to} > $2)
       ORDER BY revision, position, key`,
      [reportId, asOf],
    );
    return rows.map((row: Record<string, any>) => ({
      ...toFigure(row),
      validFrom: iso(row.valid_from),
      validTo: iso(row.valid_to),
      recordedFrom: iso(row.recorded_from),
      recordedTo: iso(row.recorded_to),
    }));
  }

  /** The latest revision in effect (or known) at the instant, when its RevisionRecorded has been applied. */
  async findRevisionAt(reportId: string, asOf: string, axis: TimeAxis) {
    const time = COLUMNS[axis].revisionTime;
    const [row] = await this.readModels.query(
      (tables) => `SELECT revision, observed_at, effective_at FROM ${tables.revisions_v1}
       WHERE report_id = $1 AND ${time} <= $2 ORDER BY ${time} DESC, revision DESC LIMIT 1`,
      [reportId, asOf],
    );
    return row
      ? { revision: row.revision, observedAt: iso(row.observed_at), effectiveAt: iso(row.effective_at) }
      : null;
  }
}
