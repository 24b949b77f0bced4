import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface NewDelivery {
  id: string;
  subscriptionId: string;
  eventId: string;
  reportId: string;
  body: string;
}

export interface QueueHead {
  subscriptionId: string;
  dueInMs: number;
}

export interface DueDelivery {
  id: string;
  subscriptionId: string;
  url: string;
  secret: string;
  body: string;
  roundAttempts: number;
  attempts: number;
}

export interface AttemptRecord {
  startedAt: Date;
  latencyMs: number;
  statusCode: number | null;
  error: string | null;
  outcome: string;
  retryInMs: number | null;
}

/** The deliveries outbox: written when an alert is decided, drained by the delivery worker. */
@Injectable()
export class DeliveriesRepository {
  /**
   * The inbox: a delivery id is derived from what it alerts on (a subscription and a revision, or a
   * subscription and a note), so replaying the events creates nothing twice.
   */
  async insert(manager: EntityManager, delivery: NewDelivery): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO alerts.deliveries (id, subscription_id, event_id, report_id, body) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING id`,
      [delivery.id, delivery.subscriptionId, delivery.eventId, delivery.reportId, delivery.body],
    );
    return inserted.length > 0;
  }

  /**
   * Heads of the send queues: for each active subscription not in `excluding`, its oldest pending
   * delivery and how long until it is due (0 when due), soonest first. One index probe per
   * subscription, whatever the backlog.
   */
  async queueHeads(manager: EntityManager, limit: number, excluding: readonly string[]): Promise<QueueHead[]> {
    const rows = await manager.query(
      `SELECT s.id, greatest(0, extract(epoch FROM head.next_attempt_at - clock_timestamp()) * 1000)::float8 AS due_in_ms
       FROM alerts.subscriptions s
       CROSS JOIN LATERAL (
         SELECT d.next_attempt_at FROM alerts.deliveries d
         WHERE d.subscription_id = s.id AND d.status = 'pending' ORDER BY d.seq LIMIT 1
       ) head
       WHERE s.status = 'active' AND s.id <> ALL ($2::uuid[])
       ORDER BY head.next_attempt_at LIMIT $1`,
      [limit, excluding],
    );
    return rows.map((row: { id: string; due_in_ms: number }) => ({ subscriptionId: row.id, dueInMs: row.due_in_ms }));
  }

  /**
   * Locks the subscription for this transaction (another worker skips it) and
   * returns its oldest pending delivery when due ("locked-elsewhere" when
   * another transaction holds it). The lock is held while the POST is in
   * flight; if the process dies the transaction rolls back and the delivery is
   * sent again later with the same id. NO KEY UPDATE keeps other senders out
   * but not the consumer, whose new deliveries' foreign key takes KEY SHARE: a
   * slow receiver does not hold up deciding alerts.
   */
  async lockDueHead(manager: EntityManager, subscriptionId: string): Promise<DueDelivery | 'locked-elsewhere' | null> {
    const [subscription] = await manager.query(
      `SELECT s.status = 'active' AS active,
              (SELECT true FROM alerts.subscriptions l WHERE l.id = s.id FOR NO KEY UPDATE SKIP LOCKED) AS locked
       FROM alerts.subscriptions s WHERE s.id = $1`,
      [subscriptionId],
    );
    if (!subscription?.active) return null;
    if (!subscription.locked) return 'locked-elsewhere';
    const [row] = await manager.query(
      `SELECT d.id, d.subscription_id, d.body, d.round_attempts, d.attempts, d.next_attempt_at <= now() AS due, s.url, s.secret
       FROM alerts.deliveries d JOIN alerts.subscriptions s ON s.id = d.subscription_id
       WHERE d.subscription_id = $1 AND d.status = 'pending' ORDER BY d.seq LIMIT 1`,
      [subscriptionId],
    );
    if (!row?.due) return null;
    return {
      id: row.id,
      subscriptionId: row.subscription_id,
      url: row.url,
      secret: row.secret,
      body: row.body,
      roundAttempts: row.round_attempts,
      attempts: row.attempts,
    };
  }

  async recordAttempt(
    manager: EntityManager,
    delivery: DueDelivery,
    attempt: AttemptRecord,
    status: 'pending' | 'delivered' | 'dead-lettered',
  ): Promise<void> {
    const number = delivery.attempts + 1;
    await manager.query(
      `INSERT INTO alerts.delivery_attempts
         (delivery_id, attempt, started_at, latency_ms, status_code, error, outcome, retry_in_ms, next_retry_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::int, CASE WHEN $8::int IS NULL THEN NULL ELSE now() + $8::int * interval '1 millisecond' END)`,
      [
        delivery.id,
        number,
        attempt.startedAt,
        attempt.latencyMs,
        attempt.statusCode,
        attempt.error,
        attempt.outcome,
        attempt.retryInMs,
      ],
    );
    await manager.query(
      `UPDATE alerts.deliveries SET
         status = $2, attempts = $3, round_attempts = round_attempts + 1, last_error = $4,
         next_attempt_at = CASE WHEN $5::int IS NULL THEN next_attempt_at ELSE now() + $5::int * interval '1 millisecond' END,
         delivered_at = CASE WHEN $2 = 'delivered' THEN now() ELSE delivered_at END,
         dead_lettered_at = CASE WHEN $2 = 'dead-lettered' THEN now() ELSE dead_lettered_at END
       WHERE id = $1`,
      [delivery.id, status, number, attempt.error, attempt.retryInMs],
    );
  }

  /** Queues a dead-lettered (or delivered) delivery again with a fresh round of attempts; same id, same body. */
  async requeue(manager: EntityManager, id: string): Promise<'requeued' | 'pending' | 'missing'> {
    const [rows] = await manager.query(
      `UPDATE alerts.deliveries SET status = 'pending', round_attempts = 0, next_attempt_at = now(), dead_lettered_at = NULL
       WHERE id = $1 AND status <> 'pending' RETURNING id`,
      [id],
    );
    if (rows.length > 0) return 'requeued';
    const existing = await manager.query(`SELECT 1 FROM alerts.deliveries WHERE id = $1`, [id]);
    return existing.length > 0 ? 'pending' : 'missing';
  }
}
