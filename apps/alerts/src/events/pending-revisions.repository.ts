import { Injectable } from '@nestjs/common';
import { FigureChanged, LogPosition, RevisionAnalyzed } from '@palimpsest/contracts';
import { EntityManager } from 'typeorm';
import { RevisionKey } from './revision-key';

export interface ParkedChange {
  event: FigureChanged;
  position: LogPosition;
}

/** A RevisionAnalyzed whose figure changes are all parked and whose revision is known: ready to alert on. */
export interface CompleteAnalysis {
  reportId: string;
  revision: number;
  analyzerVersion: string;
  analyzedEventId: string;
  previousRevision: number | null;
  occurredAt: string;
  effectiveAt: string;
  silentEdit: boolean;
}

/**
 * What alerts holds of a revision's analysis until it can alert on all of it:
 * the RevisionAnalyzed (which says how many FigureChanged follow) and the
 * figure changes themselves. A revision's changes may arrive over several
 * batches, and before or after the revision itself (another topic).
 */
@Injectable()
export class PendingRevisionsRepository {
  /** Holds a batch's analyses in one statement; an analysis without figure changes has nothing to alert on and is not kept. */
  async holdAnalyses(manager: EntityManager, events: readonly RevisionAnalyzed[]): Promise<void> {
    const held = events.filter((event) => event.payload.figureChangeCount > 0);
    if (held.length === 0) return;
    await manager.query(
      `INSERT INTO alerts.revision_analyses
         (report_id, revision, analyzer_version, analyzed_event_id, previous_revision, occurred_at, effective_at,
          silent_edit, figure_change_count)
       SELECT e."reportId", (e.payload->>'revision')::int, e.payload->>'analyzerVersion', e.id,
              (e.payload->>'previousRevision')::int, e."occurredAt", e."effectiveAt",
              (e.payload->>'silentEdit')::boolean, (e.payload->>'figureChangeCount')::int
       FROM jsonb_to_recordset($1::jsonb) AS e(id text, "reportId" text, "occurredAt" text, "effectiveAt" text, payload jsonb)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(held)],
    );
  }

  /** Parks a batch's figure changes in one statement. */
  async parkChanges(manager: EntityManager, changes: readonly ParkedChange[]): Promise<void> {
    if (changes.length === 0) return;
    // One JSON document, not array parameters (see appendToOutbox).
    await manager.query(
      `INSERT INTO alerts.parked_events (event_id, report_id, revision, analyzer_version, event, position)
       SELECT c.event->>'id', c.event->>'reportId', (c.event->'payload'->>'revision')::int,
              c.event->'payload'->>'analyzerVersion', c.event, c.position
       FROM jsonb_to_recordset($1::jsonb) AS c(event jsonb, position jsonb)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(changes.map(({ event, position }) => ({ event, position })))],
    );
  }

  /**
   * Of the analyses of `revisions`, those complete: every announced figure change is parked, and the
   * revision and every note it names have been recorded. In report and revision order, so one
   * subscription's alerts for a report are queued in revision order.
   */
  async completeAnalyses(manager: EntityManager, revisions: readonly RevisionKey[]): Promise<CompleteAnalysis[]> {
    if (revisions.length === 0) return [];
    const rows: Array<Record<string, any>> = await manager.query(
      `SELECT a.* FROM alerts.revision_analyses a
       JOIN unnest($1::text[], $2::int[]) AS t(report_id, revision) USING (report_id, revision)
       JOIN alerts.revisions r USING (report_id, revision)
       WHERE a.figure_change_count = (
               SELECT count(*) FROM alerts.parked_events p
               WHERE p.report_id = a.report_id AND p.revision = a.revision AND p.analyzer_version = a.analyzer_version)
         AND cardinality(r.amendment_ids) = (
               SELECT count(*) FROM alerts.amendments n WHERE n.event_id = ANY (r.amendment_ids))
       ORDER BY a.report_id, a.revision, a.analyzer_version`,
      [revisions.map((key) => key.reportId), revisions.map((key) => key.revision)],
    );
    return rows.map((row) => ({
      reportId: row.report_id,
      revision: row.revision,
      analyzerVersion: row.analyzer_version,
      analyzedEventId: row.analyzed_event_id,
      previousRevision: row.previous_revision,
      occurredAt: row.occurred_at,
      effectiveAt: row.effective_at,
      silentEdit: row.silent_edit,
    }));
  }

  /** Removes complete analyses and returns each one's figure changes in log order, in the order of `analyses`. */
  async release(manager: EntityManager, analyses: readonly CompleteAnalysis[]): Promise<ParkedChange[][]> {
    if (analyses.length === 0) return [];
    const keys = [
      analyses.map((analysis) => analysis.reportId),
      analyses.map((analysis) => analysis.revision),
      analyses.map((analysis) => analysis.analyzerVersion),
    ];
    await manager.query(
      `DELETE FROM alerts.revision_analyses a USING unnest($1::text[], $2::int[], $3::text[]) AS t(report_id, revision, analyzer_version)
       WHERE (a.report_id, a.revision, a.analyzer_version) = (t.report_id, t.revision, t.analyzer_version)`,
      keys,
    );
    const [rows] = await manager.query(
      `DELETE FROM alerts.parked_events p USING unnest($1::text[], $2::int[], $3::text[]) AS t(report_id, revision, analyzer_version)
       WHERE (p.report_id, p.revision, p.analyzer_version) = (t.report_id, t.revision, t.analyzer_version)
       RETURNING p.report_id, p.revision, p.analyzer_version, p.event, p.position`,
      keys,
    );
    const byAnalysis = new Map<string, ParkedChange[]>();
    for (const row of rows as Array<Record<string, any>>) {
      const key = analysisKey(row.report_id, row.revision, row.analyzer_version);
      const changes = byAnalysis.get(key) ?? [];
      changes.push({ event: row.event, position: row.position });
      byAnalysis.set(key, changes);
    }
    return analyses.map((analysis) =>
      (byAnalysis.get(analysisKey(analysis.reportId, analysis.revision, analysis.analyzerVersion)) ?? []).sort((a, b) =>
        compareOffsets(a.position.offset, b.position.offset),
      ),
    );
  }
}

function analysisKey(reportId: string, revision: number, analyzerVersion: string): string {
  return `${reportId}\u0000${revision}\u0000${analyzerVersion}`;
}

function compareOffsets(a: string, b: string): number {
  const difference = BigInt(a) - BigInt(b);
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}
