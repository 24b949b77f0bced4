import { Injectable } from '@nestjs/common';
import { notifySql } from '@palimpsest/persistence';
import { EntityManager } from 'typeorm';

/** Notified when deliveries are queued and when a run of sends ends, by any alerts instance. */
export const DELIVERIES_CHANNEL = 'alerts.deliveries';

/**
 * The key of a subscription's sender lock ($1 is the subscription id): the
 * two-key form, whose key space no one-key advisory lock shares. Two
 * subscriptions whose ids hash alike only take turns.
 */
const SENDER_LOCK_KEY = `hashtext('alerts.sender'), hashtext($1::text)`;

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
   * Queues deliveries in one statement, in the order given (their `seq`, which the sender follows),
   * and returns how many were new. A delivery id is derived from what it alerts on (a subscription
   * and a revision, or a subscription and a note), so replaying the events creates nothing twice.
   */
  async insertAll(manager: EntityManager, deliveries: readonly NewDelivery[]): Promise<number> {
    if (deliveries.length === 0) return 0;
    // ORDER BY the position in the list: seq is drawn as rows are inserted, in the SELECT's order.
    const inserted: unknown[] = await manager.query(
      `INSERT INTO alerts.deliveries (id, subscription_id, event_id, report_id, body)
       SELECT d.id, d."subscriptionId", d."eventId", d."reportId", d.body
       FROM jsonb_to_recordset($1::jsonb)
         AS d(id uuid, "subscriptionId" uuid, "eventId" text, "reportId" text, body text, place int)
       ORDER BY d.place
       ON CONFLICT DO NOTHING RETURNING id`,
      [JSON.stringify(deliveries.map((delivery, place) => ({ ...delivery, place })))],
    );
    return inserted.length;
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
   * Takes the subscription's sender lock for this session, without waiting
   * (false when another session holds it). A session lock on a connection kept
   * for the whole run of sends, rather than a row lock in a transaction per
   * POST: each POST then costs one statement and one commit. The lock goes with
   * the connection if the process dies; the delivery in flight stays pending
   * and is sent again later with the same id. Pausing or deleting the
   * subscription does not wait for it: the sender sees the change when it
   * records its next attempt.
   */
  async takeSender(manager: EntityManager, subscriptionId: string): Promise<boolean> {
    const [row] = await manager.query(`SELECT pg_try_advisory_lock(${SENDER_LOCK_KEY}) AS locked`, [subscriptionId]);
    return row.locked === true;
  }

  /** Frees the sender lock and tells every alerts instance (one may be resting on this subscription). */
  async releaseSender(manager: EntityManager, subscriptionId: string): Promise<void> {
    await manager.query(
      `SELECT pg_advisory_unlock(${SENDER_LOCK_KEY}) FROM (${notifySql(DELIVERIES_CHANNEL)}) AS notified`,
      [subscriptionId],
    );
  }

  /**
   * Up to `limit` of the subscription's pending deliveries in queue order, up
   * to the first one not due yet; none when the subscription is no longer
   * active. Read by the holder of the sender lock.
   */
  async dueDeliveries(manager: EntityManager, subscriptionId: string, limit: number): Promise<DueDelivery[]> {
    const rows = await manager.query(
      `SELECT s.url, s.secret, d.id, d.body, d.round_attempts, d.attempts, d.next_attempt_at <= now() AS due
       FROM alerts.subscriptions s
       CROSS JOIN LATERAL (
         SELECT * FROM alerts.deliveries d
         WHERE d.subscription_id = s.id AND d.status = 'pending' ORDER BY d.seq LIMIT $2
       ) d
       WHERE s.id = $1 AND s.status = 'active'
       ORDER BY d.seq`,
      [subscriptionId, limit],
    );
    const due: DueDelivery[] = [];
    for (const row of rows) {
      if (!row.due) break;
      due.push({
        id: row.id,
        subscriptionId,
        url: row.url,
        secret: row.secret,
        body: row.body,
        roundAttempts: row.round_attempts,
        attempts: row.attempts,
      });
    }
    return due;
  }

  /**
   * Records an attempt and the delivery's new status in one statement (a
   * commit of its own, so a crash can repeat only the POST in flight), and says
   * whether the subscription is still active. A delivery deleted meanwhile
   * (with its subscription) is recorded nowhere.
   */
  async recordAttempt(manager: EntityManager, { delivery, record, status }: DeliveryAttempt): Promise<boolean> {
    const [row] = await manager.query(
      `WITH updated AS (
         UPDATE alerts.deliveries d SET
           status = $2::text, attempts = $3, round_attempts = d.round_attempts + 1, last_error = $7,
           next_attempt_at = COALESCE(now() + $9::int * interval '1 millisecond', d.next_attempt_at),
           delivered_at = CASE WHEN $2::text = 'delivered' THEN now() ELSE d.delivered_at END,
           dead_lettered_at = CASE WHEN $2::text = 'dead-lettered' THEN now() ELSE d.dead_lettered_at END
         WHERE d.id = $1 RETURNING d.id
       ), recorded AS (
         INSERT INTO alerts.delivery_attempts
           (delivery_id, attempt, started_at, latency_ms, status_code, error, outcome, retry_in_ms, next_retry_at)
         SELECT id, $3, $4, $5, $6, $7, $8, $9::int, now() + $9::int * interval '1 millisecond' FROM updated
       )
       SELECT (SELECT status = 'active' FROM alerts.subscriptions WHERE id = $10) AS active`,
      [
        delivery.id,
        status,
        delivery.attempts + 1,
        record.startedAt.toISOString(),
        record.latencyMs,
        record.statusCode,
        record.error,
        record.outcome,
        record.retryInMs,
        delivery.subscriptionId,
      ],
    );
    return row.active === true;
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
