import { Injectable } from '@nestjs/common';
import { AmendmentNoted, FigureChanged, publisherOf, RevisionAnalyzed, RevisionRecorded } from '@palimpsest/contracts';
import { EntityManager } from 'typeorm';
import { ReadModelTables } from '../rebuild/generation-tables';
import { AppendRows, insertRows } from './append-rows';
import { PreparedEvent } from './read-model-applier';

type Analyzed = { event: RevisionAnalyzed; statedSums: NonNullable<PreparedEvent['statedSums']> };

/**
 * Applies a batch of claimed events to every read model set-based: the batch
 * is grouped by event type and each table gets one multi-row statement
 * (`jsonb_to_recordset` over the batch's rows), whatever the batch size;
 * tables that only gain rows get theirs through `append`, which a rebuild
 * makes a COPY (see append-rows.ts). The
 * result is the one ReadModelApplier reaches applying the same events one by
 * one in the same order: where a table's row depends on order (a report's
 * latest title, its current figures, the figure intervals) the statements
 * below say how they keep it. It writes the generation whose `tables` it is given.
 */
@Injectable()
export class ReadModelBatchApplier {
  async apply(
    manager: EntityManager,
    tables: ReadModelTables,
    batch: readonly PreparedEvent[],
    append: AppendRows = insertRows,
  ): Promise<void> {
    const recorded: RevisionRecorded[] = [];
    const amendments: AmendmentNoted[] = [];
    const analyzed: Analyzed[] = [];
    const changes: FigureChanged[] = [];
    for (const { event, statedSums } of batch) {
      if (event.type === 'RevisionRecorded') recorded.push(event);
      else if (event.type === 'AmendmentNoted') amendments.push(event);
      else if (event.type === 'FigureChanged') changes.push(event);
      else if (event.type === 'RevisionAnalyzed') {
        if (!statedSums) throw new TypeError('a RevisionAnalyzed must be prepared before it is applied');
        analyzed.push({ event, statedSums });
      }
      // SourceFailing: a watcher's health, not a report's text; no read model here is built from it.
    }
    if (recorded.length > 0) await this.revisionsRecorded(manager, tables, recorded, append);
    if (amendments.length > 0) await this.amendmentsNoted(manager, tables, amendments, append);
    if (analyzed.length > 0) await this.revisionsAnalyzed(manager, tables, analyzed, append);
    if (changes.length > 0) await this.figuresChanged(manager, tables, changes, append);
  }

  /**
   * One row per report however many of its revisions the batch holds, as the
   * one-by-one upserts would leave it: the last revision's url and title, the
   * first's canonical url and publisher, the first published date stated, the
   * earliest and latest observation, and the count added.
   */
  private async revisionsRecorded(
    manager: EntityManager,
    tables: ReadModelTables,
    events: RevisionRecorded[],
    append: AppendRows,
  ): Promise<void> {
    const reports = events.map((event, ord) => ({
      ord,
      report_id: event.reportId,
      url: event.payload.url,
      canonical_url: event.payload.canonicalUrl,
      publisher: publisherOf(event.payload.canonicalUrl),
      title: event.payload.document.title,
      published_at: event.payload.publishedAt,
      occurred_at: event.occurredAt,
    }));
    await manager.query(
      `INSERT INTO ${tables.reports_v1} AS r
         (report_id, url, canonical_url, publisher, title, published_at, first_seen_at, last_revised_at, revision_count)
       SELECT e.report_id,
              (array_agg(e.url ORDER BY e.ord DESC))[1],
              (array_agg(e.canonical_url ORDER BY e.ord))[1],
              (array_agg(e.publisher ORDER BY e.ord))[1],
              (array_agg(e.title ORDER BY e.ord DESC))[1],
              (array_agg(e.published_at ORDER BY e.ord) FILTER (WHERE e.published_at IS NOT NULL))[1],
              min(e.occurred_at), max(e.occurred_at), count(*)
       FROM jsonb_to_recordset($1::jsonb) AS e(ord int, report_id text, url text, canonical_url text, publisher text,
                                              title text, published_at date, occurred_at timestamptz)
       GROUP BY e.report_id
       ON CONFLICT (report_id) DO UPDATE SET
         url = EXCLUDED.url, title = EXCLUDED.title,
         published_at = COALESCE(r.published_at, EXCLUDED.published_at),
         first_seen_at = LEAST(r.first_seen_at, EXCLUDED.first_seen_at),
         last_revised_at = GREATEST(r.last_revised_at, EXCLUDED.last_revised_at),
         revision_count = r.revision_count + EXCLUDED.revision_count`,
      [JSON.stringify(reports)],
    );
    const revisions = events.map((event) => ({
      report_id: event.reportId,
      revision: event.payload.revision,
      event_id: event.id,
      observed_at: event.occurredAt,
      effective_at: event.effectiveAt,
      content_hash: event.payload.contentHash,
      previous_hash: event.payload.previousHash,
      title: event.payload.document.title,
      document: event.payload.document,
    }));
    await append(
      manager,
      tables.revisions_v1,
      `report_id text, revision int, event_id uuid, observed_at timestamptz, effective_at timestamptz,
       content_hash text, previous_hash text, title text, document jsonb`,
      revisions,
    );
  }

  private async amendmentsNoted(
    manager: EntityManager,
    tables: ReadModelTables,
    events: AmendmentNoted[],
    append: AppendRows,
  ): Promise<void> {
    const rows = events.map(({ id, reportId, payload, occurredAt, effectiveAt }) => ({
      event_id: id,
      report_id: reportId,
      revision: payload.revision,
      kind: payload.kind,
      raw: payload.raw,
      stated_at: payload.statedAt,
      precision: payload.precision,
      timezone: payload.timezone,
      reason: payload.reason,
      observed_at: occurredAt,
      effective_at: effectiveAt,
    }));
    await append(
      manager,
      tables.amendments_v1,
      `event_id uuid, report_id text, revision int, kind text, raw text, stated_at text, precision text,
       timezone text, reason text, observed_at timestamptz, effective_at timestamptz`,
      rows,
    );
  }

  private async revisionsAnalyzed(
    manager: EntityManager,
    tables: ReadModelTables,
    batch: Analyzed[],
    append: AppendRows,
  ): Promise<void> {
    const events = batch.map(({ event }) => event);
    await append(
      manager,
      tables.revision_analyses_v1,
      `report_id text, revision int, analyzer_version text, figure_change_count int, silent_edit boolean,
       figures_found int, figure_limit int, caps_hit text[]`,
      events.map(({ reportId, payload }) => ({
        ...analysisKey(reportId, payload),
        figure_change_count: payload.figureChangeCount,
        silent_edit: payload.silentEdit,
        figures_found: payload.limits.figuresFound,
        figure_limit: payload.limits.figureLimit,
        caps_hit: payload.limits.capsHit,
      })),
    );
    for (const round of intervalRounds(events)) await this.figureIntervals(manager, tables, round);
    await this.statedSums(manager, tables, batch, append);
    const silent = events.filter((event) => event.payload.silentEdit);
    if (silent.length > 0) {
      await append(
        manager,
        tables.silent_edits_v1,
        `report_id text, revision int, analyzer_version text, figure_change_count int, observed_at timestamptz,
         effective_at timestamptz`,
        silent.map(({ reportId, payload, occurredAt, effectiveAt }) => ({
          ...analysisKey(reportId, payload),
          figure_change_count: payload.figureChangeCount,
          observed_at: occurredAt,
          effective_at: effectiveAt,
        })),
      );
    }
    await this.currentFigures(manager, tables, events);
  }

  /**
   * figure_intervals_v1 for analyses of distinct (report, analyzer version):
   * no two touch the same rows, so one statement closes what each no longer
   * states and the next opens what each states anew, as per event.
   */
  private async figureIntervals(
    manager: EntityManager,
    tables: ReadModelTables,
    round: RevisionAnalyzed[],
  ): Promise<void> {
    const rows = JSON.stringify(
      round.map(({ reportId, payload, effectiveAt, occurredAt }) => ({
        ...analysisKey(reportId, payload),
        figures: positioned(payload),
        effective_at: effectiveAt,
        occurred_at: occurredAt,
      })),
    );
    const analyses = `jsonb_to_recordset($1::jsonb) AS e(report_id text, analyzer_version text, revision int,
                        figures jsonb, effective_at timestamptz, occurred_at timestamptz)`;
    await manager.query(
      `UPDATE ${tables.figure_intervals_v1} i
       SET ended_by_revision = e.revision, valid_to = GREATEST(e.effective_at, i.valid_from), recorded_to = e.occurred_at
       FROM ${analyses}
       WHERE i.report_id = e.report_id AND i.analyzer_version = e.analyzer_version
         AND i.ended_by_revision IS NULL AND i.revision < e.revision
         AND NOT EXISTS (
           SELECT 1 FROM jsonb_to_recordset(e.figures) AS f(key text, value double precision, qualifier text, unit text)
           WHERE f.key = i.key AND f.value = i.value AND f.qualifier = i.qualifier AND f.unit = i.unit)`,
      [rows],
    );
    await manager.query(
      `INSERT INTO ${tables.figure_intervals_v1}
         (report_id, analyzer_version, revision, key, label, section, value, qualifier, unit, text, position,
          valid_from, recorded_from)
       SELECT DISTINCT ON (e.report_id, e.analyzer_version, f.key)
              e.report_id, e.analyzer_version, e.revision, f.key, f.label, f.section, f.value, f.qualifier, f.unit,
              f.text, f.position, e.effective_at, e.occurred_at
       FROM ${analyses}
       CROSS JOIN LATERAL jsonb_to_recordset(e.figures) AS f(key text, label text, section text,
                      value double precision, qualifier text, unit text, text text, position int)
       WHERE NOT EXISTS (
         SELECT 1 FROM ${tables.figure_intervals_v1} i
         WHERE i.report_id = e.report_id AND i.analyzer_version = e.analyzer_version AND i.key = f.key
           AND i.revision < e.revision AND i.ended_by_revision IS NULL)
       ORDER BY e.report_id, e.analyzer_version, f.key, f.position
       ON CONFLICT DO NOTHING`,
      [rows],
    );
  }

  /** The first of equal keys wins, as it would one event at a time: rows go in in the batch's order. */
  private async statedSums(
    manager: EntityManager,
    tables: ReadModelTables,
    batch: Analyzed[],
    append: AppendRows,
  ): Promise<void> {
    const sums = batch
      .flatMap(({ event, statedSums }) => statedSums.sums.map((sum) => ({ event, sum })))
      .map(({ event, sum }, ord) => ({
        ord,
        ...analysisKey(event.reportId, event.payload),
        total: sum.total,
        parts: sum.parts,
        parts_sum: sum.partsSum,
        holds: sum.holds,
      }));
    if (sums.length > 0) {
      await manager.query(
        `INSERT INTO ${tables.stated_sums_v1}
           (report_id, revision, analyzer_version, total_key, total, parts, parts_sum, holds)
         SELECT s.report_id, s.revision, s.analyzer_version, s.total->>'key', s.total, s.parts, s.parts_sum, s.holds
         FROM jsonb_to_recordset($1::jsonb) AS s(ord int, report_id text, revision int, analyzer_version text,
                                                 total jsonb, parts jsonb, parts_sum double precision, holds boolean)
         ORDER BY s.ord
         ON CONFLICT DO NOTHING`,
        [JSON.stringify(sums)],
      );
    }
    await append(
      manager,
      tables.revision_consistency_v1,
      `report_id text, revision int, analyzer_version text, sum_count int, consistent boolean, sums_capped boolean`,
      batch.map(({ event, statedSums: { sums: found, capped } }) => ({
        ...analysisKey(event.reportId, event.payload),
        sum_count: found.length,
        consistent: found.every((sum) => sum.holds),
        sums_capped: capped,
      })),
    );
  }

  /**
   * figures_current_v1 holds each report's figures of its highest revision,
   * taken from the first analysis of that revision applied: per report, only
   * the batch's first analysis of its highest revision can still win, and it
   * does when the snapshot holds an older revision.
   */
  private async currentFigures(
    manager: EntityManager,
    tables: ReadModelTables,
    events: RevisionAnalyzed[],
  ): Promise<void> {
    const candidates = new Map<string, RevisionAnalyzed>();
    for (const event of events) {
      const best = candidates.get(event.reportId);
      if (!best || event.payload.revision > best.payload.revision) candidates.set(event.reportId, event);
    }
    const winners = [...candidates.values()];
    const replaced: Array<{ report_id: string }> = await manager.query(
      `INSERT INTO ${tables.figure_snapshots_v1} AS s (report_id, revision)
       SELECT * FROM unnest($1::text[], $2::int[])
       ON CONFLICT (report_id) DO UPDATE SET revision = EXCLUDED.revision WHERE s.revision < EXCLUDED.revision
       RETURNING report_id`,
      [winners.map((event) => event.reportId), winners.map((event) => event.payload.revision)],
    );
    if (replaced.length === 0) return;
    const reportIds = replaced.map((row) => row.report_id);
    await manager.query(`DELETE FROM ${tables.figures_current_v1} WHERE report_id = ANY($1::text[])`, [reportIds]);
    const chosen = new Set(reportIds);
    await manager.query(
      `INSERT INTO ${tables.figures_current_v1}
         (report_id, key, revision, analyzer_version, label, section, value, qualifier, unit, text, position)
       SELECT e.report_id, f.key, e.revision, e.analyzer_version, f.label, f.section, f.value, f.qualifier, f.unit,
              f.text, f.position
       FROM jsonb_to_recordset($1::jsonb) AS e(report_id text, revision int, analyzer_version text, figures jsonb)
       CROSS JOIN LATERAL jsonb_to_recordset(e.figures) AS f(key text, label text, section text,
                      value double precision, qualifier text, unit text, text text, position int)`,
      [
        JSON.stringify(
          winners
            .filter((event) => chosen.has(event.reportId))
            .map(({ reportId, payload }) => ({ ...analysisKey(reportId, payload), figures: positioned(payload) })),
        ),
      ],
    );
  }

  private async figuresChanged(
    manager: EntityManager,
    tables: ReadModelTables,
    events: FigureChanged[],
    append: AppendRows,
  ): Promise<void> {
    const rows = events.map(({ id, reportId, payload, occurredAt, effectiveAt }) => ({
      event_id: id,
      report_id: reportId,
      key: payload.key,
      revision: payload.revision,
      previous_revision: payload.previousRevision,
      change: payload.change,
      label: payload.label,
      section: payload.section,
      value: payload.to?.value ?? null,
      qualifier: payload.to?.qualifier ?? null,
      unit: payload.to?.unit ?? null,
      text: payload.to?.text ?? null,
      from_value: payload.from?.value ?? null,
      from_qualifier: payload.from?.qualifier ?? null,
      from_unit: payload.from?.unit ?? null,
      silent_edit: payload.silentEdit,
      analyzer_version: payload.analyzerVersion,
      observed_at: occurredAt,
      effective_at: effectiveAt,
    }));
    await append(
      manager,
      tables.figure_history_v1,
      `event_id uuid, report_id text, key text, revision int, previous_revision int, change text, label text,
       section text, value double precision, qualifier text, unit text, text text, from_value double precision,
       from_qualifier text, from_unit text, silent_edit boolean, analyzer_version text, observed_at timestamptz,
       effective_at timestamptz`,
      rows,
    );
  }
}

/**
 * Analyses cut into rounds in which each (report, analyzer version) appears at
 * most once, each round keeping the batch's order: the n-th analysis of a
 * report and version goes in round n. Intervals of one report and version
 * depend on the order its analyses are applied in; others do not meet.
 */
export function intervalRounds(events: readonly RevisionAnalyzed[]): RevisionAnalyzed[][] {
  const rounds: RevisionAnalyzed[][] = [];
  const seen = new Map<string, number>();
  for (const event of events) {
    const key = `${event.reportId}\u0000${event.payload.analyzerVersion}`;
    const round = seen.get(key) ?? 0;
    seen.set(key, round + 1);
    (rounds[round] ??= []).push(event);
  }
  return rounds;
}

function analysisKey(reportId: string, payload: RevisionAnalyzed['payload']) {
  return { report_id: reportId, revision: payload.revision, analyzer_version: payload.analyzerVersion };
}

/** A revision's figures with their place in it, as figures_current_v1 and figure_intervals_v1 store them. */
function positioned(payload: RevisionAnalyzed['payload']) {
  return payload.figures.map((figure, position) => ({ ...figure, position }));
}
