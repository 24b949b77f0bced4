import { inboxTablesSql } from '@palimpsest/persistence';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Alerts' own tables: subscriptions; its copy of what it needs about reports
 * (it reads no other service's tables); events parked until their report is
 * known; and deliveries, which are both the inbox keyed by (subscription,
 * event) and the outbox the delivery worker drains.
 */
export class CreateAlerts1732780300000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE alerts.subscriptions (
        id uuid PRIMARY KEY,
        url text NOT NULL,
        secret text NOT NULL,
        filter jsonb NOT NULL,
        rule jsonb NOT NULL,
        start_offsets jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('active', 'paused')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE alerts.reports (
        report_id text PRIMARY KEY,
        url text NOT NULL,
        canonical_url text NOT NULL,
        publisher text NOT NULL,
        title text
      );
      CREATE TABLE alerts.revisions (
        report_id text NOT NULL,
        revision int NOT NULL,
        amendment_ids text[] NOT NULL,
        PRIMARY KEY (report_id, revision)
      );
      CREATE TABLE alerts.amendments (
        event_id text PRIMARY KEY,
        report_id text NOT NULL,
        revision int NOT NULL,
        raw text NOT NULL,
        stated_at text,
        reason text
      );
      CREATE TABLE alerts.parked_events (
        event_id text PRIMARY KEY,
        report_id text NOT NULL,
        revision int NOT NULL,
        event jsonb NOT NULL,
        position jsonb NOT NULL,
        parked_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX parked_events_revision ON alerts.parked_events (report_id, revision);
      CREATE TABLE alerts.deliveries (
        id uuid PRIMARY KEY,
        seq bigserial NOT NULL UNIQUE,
        subscription_id uuid NOT NULL REFERENCES alerts.subscriptions (id) ON DELETE CASCADE,
        event_id text NOT NULL,
        report_id text NOT NULL,
        body text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'dead-lettered')),
        round_attempts int NOT NULL DEFAULT 0,
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        dead_lettered_at timestamptz,
        UNIQUE (subscription_id, event_id)
      );
      CREATE INDEX deliveries_pending ON alerts.deliveries (subscription_id, seq) WHERE status = 'pending';
      CREATE TABLE alerts.delivery_attempts (
        delivery_id uuid NOT NULL REFERENCES alerts.deliveries (id) ON DELETE CASCADE,
        attempt int NOT NULL,
        started_at timestamptz NOT NULL,
        latency_ms int NOT NULL,
        status_code int,
        error text,
        outcome text NOT NULL,
        retry_in_ms int,
        next_retry_at timestamptz,
        PRIMARY KEY (delivery_id, attempt)
      );
      ${inboxTablesSql('alerts')}
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE alerts.consumer_progress; DROP TABLE alerts.processed_events; DROP TABLE alerts.delivery_attempts;
      DROP TABLE alerts.deliveries; DROP TABLE alerts.parked_events; DROP TABLE alerts.amendments;
      DROP TABLE alerts.revisions; DROP TABLE alerts.reports; DROP TABLE alerts.subscriptions;
    `);
  }
}
