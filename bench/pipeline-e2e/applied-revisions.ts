import { Client } from 'pg';

const POLL_MS = 50;

/**
 * Polls the projection's figure history and notes when each (report, revision) first shows a
 * FigureChanged row: the moment an analyst's query would see the change. Resolution is POLL_MS.
 */
export class AppliedRevisions {
  readonly seenAt = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private polling = false;

  constructor(private readonly client: Client) {}

  start(): void {
    this.timer = setInterval(() => void this.poll(), POLL_MS);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      const { rows } = await this.client.query<{ report_id: string; revision: number }>(
        'SELECT DISTINCT report_id, revision FROM projection.figure_history_v1',
      );
      // Read after the query returns: an upper bound of when each row became visible.
      const now = performance.now();
      for (const row of rows) {
        const key = `${row.report_id}#${row.revision}`;
        if (!this.seenAt.has(key)) this.seenAt.set(key, now);
      }
    } catch {
      // The table appears with the projection's migrations; until then nothing is applied.
    } finally {
      this.polling = false;
    }
  }
}
