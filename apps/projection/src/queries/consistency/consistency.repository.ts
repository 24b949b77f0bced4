import { Injectable } from '@nestjs/common';
import { ActiveReadModels } from '../../rebuild/active-read-models';

/**
 * Per revision: whether its stated totals add up, and which of them it breaks
 * after they held in an earlier revision (read across revisions here, so the
 * answer does not depend on the order analyses were applied in).
 */
@Injectable()
export class ConsistencyRepository {
  constructor(private readonly readModels: ActiveReadModels) {}

  async findConsistency(reportId: string, revision?: number) {
    const [checks, sums] = await Promise.all([
      this.readModels.query(
        (tables) => `SELECT * FROM ${tables.revision_consistency_v1}
         WHERE report_id = $1 AND ($2::int IS NULL OR revision = $2) ORDER BY revision, analyzer_version`,
        [reportId, revision ?? null],
      ),
      this.readModels.query(
        (tables) => `SELECT s.*, EXISTS (
           SELECT 1 FROM ${tables.stated_sums_v1} e
           WHERE e.report_id = s.report_id AND e.total_key = s.total_key AND e.analyzer_version = s.analyzer_version
             AND e.revision < s.revision AND e.holds) AS held_before
         FROM ${tables.stated_sums_v1} s
         WHERE s.report_id = $1 AND ($2::int IS NULL OR s.revision = $2) ORDER BY s.revision, s.total_key`,
        [reportId, revision ?? null],
      ),
    ]);
    return checks.map((check: Record<string, any>) => {
      const own = sums
        .filter(
          (sum: Record<string, any>) =>
            sum.revision === check.revision && sum.analyzer_version === check.analyzer_version,
        )
        .map(toSum);
      return {
        revision: check.revision,
        analyzerVersion: check.analyzer_version,
        consistent: check.consistent,
        breaksEarlierSum: own.some((sum: { breaksEarlierSum: boolean }) => sum.breaksEarlierSum),
        // The search for sums stopped at its cap: sums past it were not checked.
        sumsCapped: check.sums_capped,
        sums: own,
      };
    });
  }
}

function toSum(row: Record<string, any>) {
  return {
    total: row.total,
    parts: row.parts,
    partsSum: row.parts_sum,
    holds: row.holds,
    heldBefore: row.held_before,
    breaksEarlierSum: !row.holds && row.held_before,
  };
}
