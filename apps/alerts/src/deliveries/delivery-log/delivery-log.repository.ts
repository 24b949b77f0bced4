import { Injectable } from '@nestjs/common';
import { AlertsResources } from '../../alerts-resources';

/** A subscription's deliveries, newest first, each with its attempts in order. */
@Injectable()
export class DeliveryLogRepository {
  constructor(private readonly resources: AlertsResources) {}

  async forSubscription(subscriptionId: string, limit: number) {
    const rows = await this.resources.dataSource.query(
      `SELECT d.id, d.event_id, d.report_id, d.status, d.attempts, d.round_attempts, d.next_attempt_at, d.last_error,
              d.created_at, d.delivered_at, d.dead_lettered_at,
              coalesce(json_agg(json_build_object(
                'attempt', a.attempt, 'startedAt', a.started_at, 'latencyMs', a.latency_ms, 'statusCode', a.status_code,
                'error', a.error, 'outcome', a.outcome, 'retryInMs', a.retry_in_ms, 'nextRetryAt', a.next_retry_at
              ) ORDER BY a.attempt) FILTER (WHERE a.attempt IS NOT NULL), '[]') AS attempt_log
       FROM alerts.deliveries d LEFT JOIN alerts.delivery_attempts a ON a.delivery_id = d.id
       WHERE d.subscription_id = $1 GROUP BY d.id ORDER BY d.seq DESC LIMIT $2`,
      [subscriptionId, limit],
    );
    return rows.map((row: Record<string, any>) => ({
      id: row.id,
      eventId: row.event_id,
      reportId: row.report_id,
      status: row.status,
      attempts: row.attempts,
      nextAttemptAt: row.status === 'pending' ? iso(row.next_attempt_at) : null,
      deadLettered: row.status === 'dead-lettered',
      lastError: row.last_error,
      createdAt: iso(row.created_at),
      deliveredAt: iso(row.delivered_at),
      deadLetteredAt: iso(row.dead_lettered_at),
      attemptLog: row.attempt_log.map((attempt: Record<string, any>) => ({
        ...attempt,
        startedAt: iso(attempt.startedAt),
        nextRetryAt: iso(attempt.nextRetryAt),
      })),
    }));
  }
}

function iso(value: string | Date | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}
