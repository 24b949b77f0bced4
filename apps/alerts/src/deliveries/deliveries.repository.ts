import { Injectable } from '@nestjs/common';
import { notifySql } from '@palimpsest/persistence';
import { EntityManager } from 'typeorm';

/** Notified when deliveries are queued and when an attempt is recorded, by any alerts instance. */
export const DELIVERIES_CHANNEL = 'alerts.deliveries';

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

/** One POST of a delivery and the status it leaves the delivery in. */
export interface DeliveryAttempt {
  delivery: DueDelivery;
  record: AttemptRecord;
  status: 'pending' | 'delivered' | 'dead-lettered';
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
   * returns its oldest pending delivery when due, in one statement
   * ("locked-elsewhere" when another transaction holds it). The lock is held
   * while the POST is in flight; if the process dies the transaction rolls
   * back and the delivery is sent again later with the same id. NO KEY UPDATE
   * keeps other senders out but not the consumer, whose new deliveries'
   * foreign key takes KEY SHARE: a slow receiver does not hold up deciding alerts.
   */
  async lockDueHead(manager: EntityManager, subscriptionId: string): Promise<DueDelivery | 'locked-elsewhere' | null> {
    const [row] = await manager.query(
      `WITH subscription AS (
         SELECT s.id, s.url, s.secret, s.status = 'active' AS active,
                (SELECT true FROM alerts.subscriptions l WHERE l.id = s.id FOR NO KEY UPDATE SKIP LOCKED) AS locked
         FROM alerts.subscriptions s WHERE s.id = $1
       )
       SELECT sub.active, sub.locked, sub.url, sub.secret,
              d.id, d.body, d.round_attempts, d.attempts, d.next_attempt_at <= now() AS due
       FROM subscription sub
       LEFT JOIN LATERAL (
         SELECT * FROM alerts.deliveries d
         WHERE d.subscription_id = sub.id AND d.status = 'pending' AND sub.locked
         ORDER BY d.seq LIMIT 1
       ) d ON true`,
      [subscriptionId],
    );
    if (!row?.active) return null;
    if (!row.locked) return 'locked-elsewhere';
    if (!row.id || !row.due) return null;
    return {
      id: row.id,
      subscriptionId,
      url: row.url,
      secret: row.secret,
      body: row.body,
      roundAttempts: row.round_attempts,
      attempts: row.attempts,
    };
  }

  /**
   * Records attempts (one per delivery) and each delivery's new status in one
   * statement, and notifies every alerts instance when the transaction commits:
   * the subscription's lock is free again.
   */
  async recordAttempts(manager: EntityManager, attempts: readonly DeliveryAttempt[]): Promise<void> {
    if (attempts.length === 0) return;
    const rows = attempts.map(({ delivery, record, status }) => ({
      delivery_id: delivery.id,
      attempt: delivery.attempts + 1,
      started_at: record.startedAt.toISOString(),
      latency_ms: record.latencyMs,
      status_code: record.statusCode,
      error: record.error,
      outcome: record.outcome,
      retry_in_ms: record.retryInMs,
      status,
    }));
    await manager.query(
      `WITH a AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS a(delivery_id uuid, attempt int, started_at timestamptz,
           latency_ms int, status_code int, error text, outcome text, retry_in_ms int, status text)
       ), recorded AS (
         INSERT INTO alerts.delivery_attempts
           (delivery_id, attempt, started_at, latency_ms, status_code, error, outcome, retry_in_ms, next_retry_at)
         SELECT delivery_id, attempt, started_at, latency_ms, status_code, error, outcome, retry_in_ms,
                now() + retry_in_ms * interval '1 millisecond'
         FROM a
       ), updated AS (
         UPDATE alerts.deliveries d SET
           status = a.status, attempts = a.attempt, round_attempts = d.round_attempts + 1, last_error = a.error,
           next_attempt_at = COALESCE(now() + a.retry_in_ms * interval '1 millisecond', d.next_attempt_at),
           delivered_at = CASE WHEN a.status = 'delivered' THEN now() ELSE d.delivered_at END,
           dead_lettered_at = CASE WHEN a.status = 'dead-lettered' THEN now() ELSE d.dead_lettered_at END
         FROM a WHERE d.id = a.delivery_id
       )
       ${notifySql(DELIVERIES_CHANNEL)}`,
      [JSON.stringify(rows)],
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
