import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { IngestResources } from '../ingest-resources';
import { Source, TargetRole, WatchedTarget } from './source';

export interface TargetSummary {
  url: string;
  role: TargetRole;
  lastPolledAt: string | null;
  lastOutcome: string | null;
  consecutiveFailures: number;
  lastError: string | null;
  nextPollAt: string;
}

export interface TargetSuccess {
  etag: string | null;
  lastModified: string | null;
  outcome: string;
  nextPollAt: string;
}

const SOURCE_COLUMNS = `source_id AS id, kind, url, interval_ms AS "intervalMs", enabled, created_at AS "createdAt"`;

/** ingest.sources and ingest.source_targets. */
@Injectable()
export class SourcesRepository {
  constructor(private readonly resources: IngestResources) {}

  private get db() {
    return this.resources.dataSource;
  }

  /** Inserts the source and its first target; an existing source with the same kind and URL is returned as it is. */
  async add(source: Source, role: TargetRole): Promise<{ source: Source; created: boolean }> {
    return this.db.transaction(async (manager) => {
      const inserted: Source[] = await manager.query(
        `INSERT INTO ingest.sources (source_id, kind, url, interval_ms, enabled, created_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT DO NOTHING RETURNING ${SOURCE_COLUMNS}`,
        [source.id, source.kind, source.url, source.intervalMs, source.enabled, source.createdAt],
      );
      if (inserted.length === 0) return { source: (await this.find(source.id, manager))!, created: false };
      await this.addTargets(manager, source.id, [source.url], role, source.createdAt);
      return { source: normalise(inserted[0]), created: true };
    });
  }

  async find(id: string, manager: EntityManager = this.db.manager): Promise<Source | null> {
    const rows: Source[] = await manager.query(`SELECT ${SOURCE_COLUMNS} FROM ingest.sources WHERE source_id = $1`, [
      id,
    ]);
    return rows[0] ? normalise(rows[0]) : null;
  }

  async list(): Promise<Source[]> {
    const rows: Source[] = await this.db.query(
      `SELECT ${SOURCE_COLUMNS} FROM ingest.sources ORDER BY created_at, source_id`,
    );
    return rows.map(normalise);
  }

  async targetsOf(id: string): Promise<TargetSummary[]> {
    return this.db.query(
      `SELECT url, role, last_polled_at AS "lastPolledAt", last_outcome AS "lastOutcome",
              consecutive_failures AS "consecutiveFailures", last_error AS "lastError", next_poll_at AS "nextPollAt"
       FROM ingest.source_targets WHERE source_id = $1 ORDER BY role DESC, discovered_at, url`,
      [id],
    );
  }

  async update(id: string, changes: { intervalMs?: number; enabled?: boolean }): Promise<Source | null> {
    // TypeORM answers UPDATE and DELETE with [rows, affected count].
    const [rows]: [Source[], number] = await this.db.query(
      `UPDATE ingest.sources SET interval_ms = COALESCE($2, interval_ms), enabled = COALESCE($3, enabled)
       WHERE source_id = $1 RETURNING ${SOURCE_COLUMNS}`,
      [id, changes.intervalMs ?? null, changes.enabled ?? null],
    );
    return rows[0] ? normalise(rows[0]) : null;
  }

  async remove(id: string): Promise<boolean> {
    const [, deleted]: [unknown[], number] = await this.db.query(`DELETE FROM ingest.sources WHERE source_id = $1`, [
      id,
    ]);
    return deleted > 0;
  }

  /** URLs found in a listing start being watched now; ones already watched keep their state. */
  async addTargets(
    manager: EntityManager,
    sourceId: string,
    urls: string[],
    role: TargetRole,
    now: string,
  ): Promise<void> {
    if (urls.length === 0) return;
    await manager.query(
      `INSERT INTO ingest.source_targets (source_id, url, role, next_poll_at, discovered_at)
       SELECT $1, url, $3, $4, $4 FROM unnest($2::text[]) AS url ON CONFLICT DO NOTHING`,
      [sourceId, urls, role, now],
    );
  }

  /**
   * Claims due targets of enabled sources by moving their next poll to
   * `leaseUntil`, so another instance (or the next tick) does not poll them
   * meanwhile; a crashed poll is retried when the lease runs out.
   */
  async claimDue(now: string, leaseUntil: string, limit: number): Promise<WatchedTarget[]> {
    return this.db
      .query(
        `WITH due AS (
         SELECT t.source_id, t.url FROM ingest.source_targets t JOIN ingest.sources s USING (source_id)
         WHERE s.enabled AND t.next_poll_at <= $1 ORDER BY t.next_poll_at LIMIT $3 FOR UPDATE OF t SKIP LOCKED
       ), claimed AS (
         UPDATE ingest.source_targets t SET next_poll_at = $2 FROM due
         WHERE t.source_id = due.source_id AND t.url = due.url RETURNING t.*
       )
       SELECT c.source_id AS "sourceId", s.kind AS "sourceKind", s.url AS "sourceUrl", s.interval_ms AS "intervalMs",
              c.url, c.role, c.etag, c.last_modified AS "lastModified",
              c.consecutive_failures AS "consecutiveFailures", c.failing_since AS "failingSince"
       FROM claimed c JOIN ingest.sources s USING (source_id)`,
        [now, leaseUntil, limit],
      )
      .then((rows: WatchedTarget[]) => rows.map((row) => ({ ...row, failingSince: isoOrNull(row.failingSince) })));
  }

  async recordSuccess(
    manager: EntityManager,
    target: WatchedTarget,
    now: string,
    success: TargetSuccess,
  ): Promise<void> {
    await manager.query(
      `UPDATE ingest.source_targets SET etag = $3, last_modified = $4, last_outcome = $5, next_poll_at = $6,
         last_polled_at = $7, consecutive_failures = 0, failing_since = NULL, last_error = NULL
       WHERE source_id = $1 AND url = $2`,
      [target.sourceId, target.url, success.etag, success.lastModified, success.outcome, success.nextPollAt, now],
    );
  }

  async recordFailure(
    manager: EntityManager,
    target: WatchedTarget,
    now: string,
    failure: { consecutiveFailures: number; failingSince: string; error: string; nextPollAt: string },
  ): Promise<void> {
    await manager.query(
      `UPDATE ingest.source_targets SET last_outcome = 'failed', consecutive_failures = $3, failing_since = $4,
         last_error = $5, next_poll_at = $6, last_polled_at = $7
       WHERE source_id = $1 AND url = $2`,
      [
        target.sourceId,
        target.url,
        failure.consecutiveFailures,
        failure.failingSince,
        failure.error,
        failure.nextPollAt,
        now,
      ],
    );
  }
}

function isoOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : new Date(value as string).toISOString();
}

function normalise(row: Source): Source {
  return { ...row, createdAt: new Date(row.createdAt).toISOString() };
}
