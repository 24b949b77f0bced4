import type { Client } from 'pg';

const POLL_MS = 50;

/** "reportId#revision" → its parts; the report id never holds '#'. */
function splitKey(key: string): [string, number] {
  const at = key.lastIndexOf('#');
  return [key.slice(0, at), Number(key.slice(at + 1))];
}

/**
 * Polls the projection's figure history and notes when each expected (report, revision) first shows a
 * FigureChanged row: the moment an analyst's query would see the change. Resolution is POLL_MS. Only
 * revisions still awaited are looked up (by the history's (report_id, key, revision) index), so a
 * poll costs what is in flight, not what the run has written so far.
 */
export class AppliedRevisions {
  readonly seenAt = new Map<string, number>();
  private readonly awaited = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private polling = false;

  constructor(private readonly client: Client) {}

  expect(key: string): void {
    if (!this.seenAt.has(key)) this.awaited.add(key);
  }

  start(): void {
    this.timer = setInterval(() => void this.poll(), POLL_MS);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private async poll(): Promise<void> {
    if (this.polling || this.awaited.size === 0) return;
    this.polling = true;
    try {
      const keys = [...this.awaited].map(splitKey);
      const { rows } = await this.client.query<{ report_id: string; revision: number }>(
        `SELECT DISTINCT h.report_id, h.revision
           FROM unnest($1::text[], $2::int[]) AS awaited(report_id, revision)
           JOIN projection.figure_history_v1 h
             ON h.report_id = awaited.report_id AND h.revision = awaited.revision`,
        [keys.map(([reportId]) => reportId), keys.map(([, revision]) => revision)],
      );
      // Read after the query returns: an upper bound of when each row became visible.
      const now = performance.now();
      for (const row of rows) {
        const key = `${row.report_id}#${row.revision}`;
        this.awaited.delete(key);
        if (!this.seenAt.has(key)) this.seenAt.set(key, now);
      }
    } catch {
      // The table appears with the projection's migrations; until then nothing is applied.
    } finally {
      this.polling = false;
    }
  }
}
