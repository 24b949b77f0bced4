import { Injectable } from '@nestjs/common';
import { ActiveReadModels } from '../../rebuild/active-read-models';
import { encodeCursor } from '../http/cursor';
import { toReport } from '../http/row-shapes';
import { escapeLike, ReportsQuery } from './reports-query';

/** reports_v1 filtered, most recently revised first, keyset-paged on (last_revised_at, report_id). */
@Injectable()
export class ListReportsRepository {
  constructor(private readonly readModels: ActiveReadModels) {}

  async findReports(query: ReportsQuery) {
    const rows = await this.readModels.query(
      (tables) => `SELECT * FROM ${tables.reports_v1}
       WHERE ($1::text IS NULL OR canonical_url = $1)
         AND ($2::text IS NULL OR canonical_url LIKE $2 || '%' OR url LIKE $2 || '%')
         AND ($3::text IS NULL OR publisher = $3)
         AND ($4::text IS NULL OR title ILIKE '%' || $4 || '%')
         AND ($5::timestamptz IS NULL OR last_revised_at >= $5)
         AND ($6::timestamptz IS NULL OR (last_revised_at, report_id) < ($6::timestamptz, $7::text))
       ORDER BY last_revised_at DESC, report_id DESC
       LIMIT $8`,
      [
        query.canonicalUrl ?? null,
        query.urlPrefix === undefined ? null : escapeLike(query.urlPrefix),
        query.publisher ?? null,
        query.titleText === undefined ? null : escapeLike(query.titleText),
        query.changedSince ?? null,
        query.after?.[0] ?? null,
        query.after?.[1] ?? null,
        query.limit + 1,
      ],
    );
    const items = rows.slice(0, query.limit).map(toReport);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > query.limit ? encodeCursor([last.lastRevisedAt!, last.id]) : null };
  }
}
