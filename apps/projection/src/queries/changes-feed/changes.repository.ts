import { Injectable } from '@nestjs/common';
import { ActiveReadModels } from '../../rebuild/active-read-models';
import { FigureHistoryPoint, toPoint } from '../figure-history/figure-history.repository';
import { encodeCursor } from '../http/cursor';
import { ChangesQuery } from './changes-query';

export interface FeedChange extends FigureHistoryPoint {
  id: string;
  url: string | null;
  title: string | null;
}

/** The changes feed across all reports: figure_history_v1 in time order, keyset-paged. */
@Injectable()
export class ChangesRepository {
  constructor(private readonly readModels: ActiveReadModels) {}

  async findChanges(query: ChangesQuery): Promise<{ items: FeedChange[]; nextCursor: string | null }> {
    // The axis picks one of two fixed column names; nothing from the request is spliced into the SQL.
    const time = query.axis === 'effective' ? 'h.effective_at' : 'h.observed_at';
    const rows = await this.readModels.query(
      (tables) => `SELECT h.*, i.valid_to, i.recorded_to, r.url, r.title
       FROM ${tables.figure_history_v1} h
       LEFT JOIN ${tables.figure_intervals_v1} i
         ON i.report_id = h.report_id AND i.key = h.key AND i.analyzer_version = h.analyzer_version
        AND i.revision = h.revision
       LEFT JOIN ${tables.reports_v1} r ON r.report_id = h.report_id
       WHERE ($1::timestamptz IS NULL OR ${time} >= $1) AND ($2::timestamptz IS NULL OR ${time} < $2)
         AND ($3::text IS NULL OR h.report_id = $3) AND ($4::text IS NULL OR h.key = $4)
         AND ($5::text IS NULL OR h.change = $5) AND (NOT $6 OR h.silent_edit)
         AND ($7::timestamptz IS NULL OR (${time}, h.event_id) > ($7::timestamptz, $8::uuid))
       ORDER BY ${time}, h.event_id
       LIMIT $9`,
      [
        query.since ?? null,
        query.until ?? null,
        query.reportId ?? null,
        query.key ?? null,
        query.kind ?? null,
        query.silentOnly,
        query.after?.[0] ?? null,
        query.after?.[1] ?? null,
        query.limit + 1,
      ],
    );
    const page = rows.slice(0, query.limit);
    const items = page.map((row: Record<string, any>) => ({
      id: row.event_id,
      url: row.url,
      title: row.title,
      ...toPoint(row),
    }));
    const last = items[items.length - 1];
    const lastTime = last && (query.axis === 'effective' ? last.effectiveAt : last.observedAt);
    return { items, nextCursor: rows.length > query.limit ? encodeCursor([lastTime, last.id]) : null };
  }
}
