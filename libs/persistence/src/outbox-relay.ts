import { Logger } from '@nestjs/common';
import { EventEnvelope } from '@palimpsest/contracts';
import { DataSource } from 'typeorm';

export interface OutboxMessage {
  topic: string;
  event: EventEnvelope;
}

export interface OutboxRelayOptions {
  schema: string;
  batchSize: number;
  /** How long to sleep when the outbox is empty and nobody nudged. */
  idleMs: number;
  publish: (messages: OutboxMessage[]) => Promise<void>;
}

/**
 * Publishes outbox rows to Kafka in position order, then marks them
 * published. One relay at a time holds the schema's advisory lock, so several
 * instances never interleave a report's events out of order. A crash between
 * publish and mark republishes the batch: consumers deduplicate by event id.
 */
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
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

  /** Called after a commit that appended events, so they go out without waiting for the idle poll. */
  nudge(): void {
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.nudge();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        const count = await this.publishBatch();
        this.failures = 0;
        if (count === 0) await this.sleep(this.options.idleMs);
      } catch (error) {
        this.failures++;
        const delay = Math.min(5_000, 100 * 2 ** this.failures);
        this.logger.warn({
          msg: 'outbox relay failed, retrying',
          schema: this.options.schema,
          delay,
          error: String(error),
        });
        await this.sleep(delay);
      }
    }
  }

  private publishBatch(): Promise<number> {
    const { schema, batchSize } = this.options;
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query(`SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked`, [
        `${schema}.outbox`,
      ]);
      if (!locked) return 0;
      const rows: Array<{ position: string; topic: string; message: EventEnvelope }> = await manager.query(
        `SELECT position, topic, message FROM "${schema}".outbox
           WHERE published_at IS NULL ORDER BY position LIMIT $1`,
        [batchSize],
      );
      if (rows.length === 0) return 0;
      await this.options.publish(rows.map((row) => ({ topic: row.topic, event: row.message })));
      await manager.query(`UPDATE "${schema}".outbox SET published_at = now() WHERE position = ANY($1::bigint[])`, [
        rows.map((row) => row.position),
      ]);
      this.published += rows.length;
      return rows.length;
    });
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
