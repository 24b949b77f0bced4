import type { RevisionAnalyzed } from '@palimpsest/contracts';
import type { StatedSums } from '@palimpsest/text';
import { findStatedSums } from '@palimpsest/text';
import type { EntityManager } from 'typeorm';
import type { ReadModelTables } from '../rebuild/generation-tables';

/**
 * stated_sums_v1 and revision_consistency_v1: the totals each revision states
 * with their parts, and whether all of them add up. Whether a revision breaks
 * a sum that held in an earlier one is read across revisions at query time,
 * so it does not depend on the order analyses are applied in.
 */
export class ConsistencyProjector {
  /** CPU work, bounded by findStatedSums's cap: run it before the transaction opens. */
  findSums(event: RevisionAnalyzed): StatedSums {
    return findStatedSums(event.payload.figures);
  }

  async revisionAnalyzed(
    manager: EntityManager,
    tables: ReadModelTables,
    event: RevisionAnalyzed,
    { sums, capped }: StatedSums,
  ): Promise<void> {
    const { payload } = event;
    const scope = [event.reportId, payload.revision, payload.analyzerVersion];
    if (sums.length > 0) {
      await manager.query(
        `INSERT INTO ${tables.stated_sums_v1}
           (report_id, revision, analyzer_version, total_key, total, parts, parts_sum, holds)
         SELECT $1, $2, $3, s.total->>'key', s.total, s.parts, s."partsSum", s.holds
         FROM jsonb_to_recordset($4::jsonb) AS s(total jsonb, parts jsonb, "partsSum" double precision, holds boolean)
         ON CONFLICT DO NOTHING`,
        [...scope, JSON.stringify(sums)],
      );
    }
    await manager.query(
      `INSERT INTO ${tables.revision_consistency_v1}
         (report_id, revision, analyzer_version, sum_count, consistent, sums_capped)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [...scope, sums.length, sums.every((sum) => sum.holds), capped],
    );
  }
}
