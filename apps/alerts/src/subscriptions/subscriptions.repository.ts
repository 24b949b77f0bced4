import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AlertsResources } from '../alerts-resources';
import { Subscription, SubscriptionStatus } from './subscription';

const COLUMNS = `id, url, filter, rule, status, start_offsets, created_at, updated_at`;

/** Subscriptions in alerts' own schema. The secret is read only by the delivery worker. */
@Injectable()
export class SubscriptionsRepository {
  constructor(private readonly resources: AlertsResources) {}

  async insert(subscription: Subscription, secret: string): Promise<void> {
    const { id, url, filter, rule, status, startOffsets } = subscription;
    await this.resources.dataSource.query(
      `INSERT INTO alerts.subscriptions (id, url, secret, filter, rule, status, start_offsets, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)`,
      [id, url, secret, filter, rule, status, startOffsets, subscription.createdAt],
    );
  }

  async find(id: string): Promise<Subscription | null> {
    const [row] = await this.resources.dataSource.query(`SELECT ${COLUMNS} FROM alerts.subscriptions WHERE id = $1`, [
      id,
    ]);
    return row ? toSubscription(row) : null;
  }

  async list(): Promise<Subscription[]> {
    const rows = await this.resources.dataSource.query(
      `SELECT ${COLUMNS} FROM alerts.subscriptions ORDER BY created_at, id`,
    );
    return rows.map(toSubscription);
  }

  async listActive(manager: EntityManager): Promise<Subscription[]> {
    const rows = await manager.query(`SELECT ${COLUMNS} FROM alerts.subscriptions WHERE status = 'active' ORDER BY id`);
    return rows.map(toSubscription);
  }

  async setStatus(id: string, status: SubscriptionStatus): Promise<Subscription | null> {
    const [rows] = await this.resources.dataSource.query(
      `UPDATE alerts.subscriptions SET status = $2, updated_at = now() WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, status],
    );
    return rows[0] ? toSubscription(rows[0]) : null;
  }

  async delete(id: string): Promise<boolean> {
    const [, count] = await this.resources.dataSource.query(`DELETE FROM alerts.subscriptions WHERE id = $1`, [id]);
    return count > 0;
  }
}

function toSubscription(row: Record<string, any>): Subscription {
  return {
    id: row.id,
    url: row.url,
    filter: row.filter,
    rule: row.rule,
    status: row.status,
    startOffsets: row.start_offsets,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
