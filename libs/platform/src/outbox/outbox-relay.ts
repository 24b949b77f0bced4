import { Logger } from '@nestjs/common';
import type { EventEnvelope } from '@palimpsest/contracts';
import type { DataSource } from 'typeorm';

export interface OutboxMessage {
  topic: string;
  event: EventEnvelope;
}

export interface OutboxRelayOptions {
  schema: string;
  /** Most rows read and sent in one transaction; the relay keeps going batch after batch until the outbox is empty. */
  batchSize: number;
  publish: (messages: OutboxMessage[]) => Promise<void>;
}

/**
 * How soon a relay that found the lock taken looks again. The holder hears
 * the same notifications and drains what they announce; this only covers a
 * holder that dies with rows pending, which nobody would announce again.
 */
const LOCK_TAKEN_RETRY_MS = 1_000;

/** The channel a commit that appended to `schema`'s outbox notifies (see appendToOutbox). */
export const outboxChannel = (schema: string) => `palimpsest_outbox_${schema}`;

type Pass = 'drained' | 'lock-taken';

/**
 * Publishes outbox rows to Kafka in position order, then marks them
 * published. One relay at a time holds the schema's advisory lock, so several
 * instances never interleave a report's events out of order. A crash between
 * publish and mark republishes the batch: consumers deduplicate by event id.
 *
 * It does not poll: between passes it sleeps until woken, by a notification
 * on `outboxChannel` (every commit that appends sends one, to every instance),
 * by `nudge`, or by the listener after it reconnected. A wake-up that arrives
 * during a pass makes another pass follow, so no commit goes unseen.
 */
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private running = false;
  private loop: Promise<void> | null = null;
  private woken = false;
  private wake: (() => void) | null = null;
  private halt: (() => void) | null = null;
  private failures = 0;
  published = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: OutboxRelayOptions,
  ) {}

  start(): void {
    this.running = true;
    this.loop = this.run();
  }

  /** Something was appended (or may have been, unheard): make a pass now, or right after the one under way. */
  nudge(): void {
    this.woken = true;
    this.wake?.();
  }

  /** /health's view: rows no relay has published yet (every instance's), and how many this one published. */
  async backlog(): Promise<{ pending: number; published: number }> {
    const [{ pending }]: Array<{ pending: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS pending FROM "${this.options.schema}".outbox WHERE published_at IS NULL`,
    );
    return { pending, published: this.published };
  }

  async stop(): Promise<void> {
    this.running = false;
    this.halt?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.woken = false;
      try {
        const pass = await this.publishPending();
        this.failures = 0;
        await this.sleep(pass === 'lock-taken' ? LOCK_TAKEN_RETRY_MS : null);
      } catch (error) {
        this.failures++;
        const delay = Math.min(5_000, 100 * 2 ** this.failures);
        this.logger.warn({
          msg: 'outbox relay failed, retrying',
          schema: this.options.schema,
          delay,
          error: String(error),
        });
        await this.sleep(delay, false);
      }
    }
  }

  /** Batch after batch until one comes back short: rows committed after its read announce themselves. */
  private async publishPending(): Promise<Pass> {
    while (this.running) {
      const count = await this.publishBatch();
      if (count === null) return 'lock-taken';
      if (count < this.options.batchSize) return 'drained';
    }
    return 'drained';
  }

  /** The rows published, or null when another relay holds the lock. */
  private publishBatch(): Promise<number | null> {
    const { schema, batchSize } = this.options;
    return this.dataSource.transaction(async (manager) => {
      // The lock and the read in one round trip: no row comes back unless the lock was taken.
      const rows: Array<{ locked: boolean; position: string | null; topic: string; message: EventEnvelope }> =
        await manager.query(
          `WITH lock AS (SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked)
           SELECT lock.locked, o.position, o.topic, o.message FROM lock
           LEFT JOIN LATERAL (
             SELECT position, topic, message FROM "${schema}".outbox
             WHERE lock.locked AND published_at IS NULL ORDER BY position LIMIT $2
           ) o ON true`,
          [`${schema}.outbox`, batchSize],
        );
      if (!rows[0].locked) return null;
      if (rows[0].position === null) return 0;
      await this.options.publish(rows.map((row) => ({ topic: row.topic, event: row.message })));
      await manager.query(`UPDATE "${schema}".outbox SET published_at = now() WHERE position = ANY($1::bigint[])`, [
        rows.map((row) => row.position),
      ]);
      this.published += rows.length;
      return rows.length;
    });
  }

  /**
   * Until `ms` passed (null: no limit) or `stop`; also until a wake-up when
   * `byWakeUp`, returning at once if one came since the pass began. The backoff
   * after a failure is not cut short by wake-ups, which come with every commit.
   */
  private sleep(ms: number | null, byWakeUp = true): Promise<void> {
    if (!this.running || (byWakeUp && this.woken)) return Promise.resolve();
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | null = null;
      const done = () => {
        if (timer) clearTimeout(timer);
        this.wake = this.halt = null;
        resolve();
      };
      if (ms !== null) timer = setTimeout(done, ms);
      this.wake = byWakeUp ? done : null;
      this.halt = done;
    });
  }
}
