import { Client } from 'pg';

/** What each service recorded, read straight from the run's database to check the pipeline lost nothing. */
export interface PipelineCounts {
  ingestRevisions: number;
  unpublished: number;
  diffAnalyses: number;
  figureChangedEvents: number;
  /** Revisions with at least one figure change: each gives the `any` subscription one alert. */
  changedRevisions: number;
  projectedRevisions: number;
  projectedAnalyses: number;
  projectedFigureChanges: number;
  deliveries: number;
  deliveredDeliveries: number;
}

export async function withDatabase<T>(url: string, use: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

const count = async (client: Client, sql: string) => Number((await client.query(sql)).rows[0].count);

export function readCounts(url: string): Promise<PipelineCounts> {
  return withDatabase(url, async (client) => ({
    ingestRevisions: await count(client, `SELECT count(*) FROM ingest.revisions`),
    unpublished: await count(
      client,
      `SELECT (SELECT count(*) FROM ingest.outbox WHERE published_at IS NULL)
            + (SELECT count(*) FROM diff.outbox WHERE published_at IS NULL) AS count`,
    ),
    diffAnalyses: await count(client, `SELECT count(*) FROM diff.analyses`),
    figureChangedEvents: await count(
      client,
      `SELECT count(*) FROM diff.outbox WHERE message->>'type' = 'FigureChanged'`,
    ),
    changedRevisions: await count(
      client,
      `SELECT count(DISTINCT (message->>'reportId', message->'payload'->>'revision'))
       FROM diff.outbox WHERE message->>'type' = 'FigureChanged'`,
    ),
    projectedRevisions: await count(client, `SELECT count(*) FROM projection.revisions_v1`),
    projectedAnalyses: await count(client, `SELECT count(*) FROM projection.revision_analyses_v1`),
    projectedFigureChanges: await count(client, `SELECT count(*) FROM projection.figure_history_v1`),
    deliveries: await count(client, `SELECT count(*) FROM alerts.deliveries`),
    deliveredDeliveries: await count(client, `SELECT count(*) FROM alerts.deliveries WHERE status = 'delivered'`),
  }));
}

/** True once every event has reached every consumer and every alert has been delivered. */
export function isSettled(counts: PipelineCounts, expectedRevisions: number): boolean {
  return (
    counts.ingestRevisions === expectedRevisions &&
    counts.unpublished === 0 &&
    counts.diffAnalyses === expectedRevisions &&
    counts.projectedRevisions === expectedRevisions &&
    counts.projectedAnalyses === expectedRevisions &&
    counts.projectedFigureChanges === counts.figureChangedEvents &&
    counts.deliveries === counts.changedRevisions &&
    counts.deliveredDeliveries === counts.deliveries
  );
}

/** Reports whose ingest revision numbers are not exactly 1..n. */
export function revisionGaps(url: string): Promise<Array<{ report_id: string; revisions: number[] }>> {
  return withDatabase(url, async (client) => {
    const { rows } = await client.query(
      `SELECT report_id, array_agg(revision ORDER BY revision) AS revisions FROM ingest.revisions GROUP BY report_id`,
    );
    return rows.filter((row) => row.revisions.some((revision: number, index: number) => revision !== index + 1));
  });
}

/** Rows of each read model that are in one generation and not the other (EXCEPT ALL counts duplicates too). */
export function generationDifferences(url: string, tables: readonly string[], generation: number) {
  return withDatabase(url, async (client) => {
    const differences: Record<string, number> = {};
    for (const table of tables) {
      const live = `projection.${table}`;
      const rebuilt = `projection.${table}_r${generation}`;
      differences[table] = await count(
        client,
        `SELECT (SELECT count(*) FROM (SELECT * FROM ${live} EXCEPT ALL SELECT * FROM ${rebuilt}) a)
              + (SELECT count(*) FROM (SELECT * FROM ${rebuilt} EXCEPT ALL SELECT * FROM ${live}) b) AS count`,
      );
    }
    return differences;
  });
}

export function tableSizes(url: string, tables: readonly string[]) {
  return withDatabase(url, async (client) => {
    const sizes: Record<string, number> = {};
    for (const table of tables) sizes[table] = await count(client, `SELECT count(*) FROM projection.${table}`);
    return sizes;
  });
}

/** Revisions some service has not caught up with, named, for the message of a run that never settled. */
export function unsettledRevisions(url: string): Promise<string> {
  return withDatabase(url, async (client) => {
    const { rows } = await client.query(
      `SELECT r.report_id, r.revision,
              a.report_id IS NOT NULL AS analysed,
              p.report_id IS NOT NULL AS projected_revision,
              pa.report_id IS NOT NULL AS projected_analysis
         FROM ingest.revisions r
         LEFT JOIN diff.analyses a USING (report_id, revision)
         LEFT JOIN projection.revisions_v1 p USING (report_id, revision)
         LEFT JOIN projection.revision_analyses_v1 pa USING (report_id, revision)
        WHERE a.report_id IS NULL OR p.report_id IS NULL OR pa.report_id IS NULL
        ORDER BY r.report_id, r.revision LIMIT 20`,
    );
    const parked = await client.query(
      `SELECT report_id, revision, count(*)::int AS events FROM alerts.parked_events GROUP BY 1, 2`,
    );
    return `revisions not yet through: ${JSON.stringify(rows)}; alerts parked: ${JSON.stringify(parked.rows)}`;
  });
}
