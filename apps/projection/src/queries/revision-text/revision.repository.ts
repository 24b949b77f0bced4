import { Injectable } from '@nestjs/common';
import { ActiveReadModels } from '../../rebuild/active-read-models';
import { NormalizedDocument } from '@palimpsest/text';
import { iso } from '../http/iso';

export interface StoredRevision {
  revision: number;
  observedAt: string;
  effectiveAt: string;
  contentHash: string;
  previousHash: string | null;
  title: string | null;
  document: NormalizedDocument;
}

/** Revisions as recorded: the normalised document each RevisionRecorded carried. */
@Injectable()
export class RevisionRepository {
  constructor(private readonly readModels: ActiveReadModels) {}

  async findRevision(reportId: string, revision: number): Promise<StoredRevision | null> {
    const [row] = await this.readModels.query(
      (tables) => `SELECT * FROM ${tables.revisions_v1} WHERE report_id = $1 AND revision = $2`,
      [reportId, revision],
    );
    return row ? toStoredRevision(row) : null;
  }

  /** Each revision after `from` up to `to`, with its analysis when it has arrived: the steps a diff spans. */
  async findSteps(reportId: string, from: number, to: number) {
    const rows = await this.readModels.query(
      (tables) => `SELECT r.revision, r.observed_at, r.effective_at, a.silent_edit, a.figure_change_count
       FROM ${tables.revisions_v1} r
       LEFT JOIN LATERAL (
         SELECT * FROM ${tables.revision_analyses_v1} a
         WHERE a.report_id = r.report_id AND a.revision = r.revision ORDER BY a.analyzer_version DESC LIMIT 1
       ) a ON true
       WHERE r.report_id = $1 AND r.revision > $2 AND r.revision <= $3 ORDER BY r.revision`,
      [reportId, Math.min(from, to), Math.max(from, to)],
    );
    return rows.map((row: Record<string, any>) => ({
      revision: row.revision,
      observedAt: iso(row.observed_at),
      effectiveAt: iso(row.effective_at),
      silentEdit: row.silent_edit,
      figureChanges: row.figure_change_count,
    }));
  }
}

function toStoredRevision(row: Record<string, any>): StoredRevision {
  return {
    revision: row.revision,
    observedAt: iso(row.observed_at)!,
    effectiveAt: iso(row.effective_at)!,
    contentHash: row.content_hash,
    previousHash: row.previous_hash,
    title: row.title,
    document: row.document,
  };
}
