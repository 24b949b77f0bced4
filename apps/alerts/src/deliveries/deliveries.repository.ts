import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface NewDelivery {
  id: string;
  subscriptionId: string;
  eventId: string;
  reportId: string;
  body: string;
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
  /** The inbox: one delivery per (subscription, event), whatever how often the event is seen. */
  async insert(manager: EntityManager, delivery: NewDelivery): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO alerts.deliveries (id, subscription_id, event_id, report_id, body) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING id`,
      [delivery.id, delivery.subscriptionId, delivery.eventId, delivery.reportId, delivery.body],
    );
    return inserted.length > 0;
  }

  /** Active subscriptions whose oldest pending delivery is due: each subscription's queue is sent in order. */
  async subscriptionsWithDueHead(manager: EntityManager, limit: number): Promise<string[]> {
    const rows = await manager.query(
      `SELECT subscription_id FROM (
         SELECT DISTINCT ON (d.subscription_id) d.subscription_id, d.next_attempt_at
         FROM alerts.deliveries d JOIN alerts.subscriptions s ON s.id = d.subscription_id
         WHERE d.status = 'pending' AND s.status = 'active'
         ORDER BY d.subscription_id, d.seq
       ) heads WHERE next_attempt_at <= now() ORDER BY next_attempt_at LIMIT $1`,
      [limit],
    );
    return rows.map((row: { subscription_id: string }) => row.subscription_id);
  }

  /**
   * Locks the subscription for this transaction (another worker skips it) and
   * returns its oldest pending delivery when due. The lock is held while the
   * POST is in flight; if the process dies the transaction rolls back and the
   * delivery is sent again later with the same id.
   */
  async lockDueHead(manager: EntityManager, subscriptionId: string): Promise<DueDelivery | null> {
    const locked = await manager.query(
      `SELECT id FROM alerts.subscriptions WHERE id = $1 AND status = 'active' FOR UPDATE SKIP LOCKED`,
      [subscriptionId],
    );
    if (locked.length === 0) return null;
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
