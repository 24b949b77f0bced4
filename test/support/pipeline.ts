import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { bootstrap as bootstrapAlerts } from '../../apps/alerts/src/bootstrap';
import { readAlertsConfig } from '../../apps/alerts/src/config';
import { bootstrap as bootstrapDiff } from '../../apps/diff/src/bootstrap';
import { readDiffConfig } from '../../apps/diff/src/config';
import { bootstrap as bootstrapIngest } from '../../apps/ingest/src/bootstrap';
import { readIngestConfig } from '../../apps/ingest/src/config';
import { bootstrap as bootstrapProjection } from '../../apps/projection/src/bootstrap';
import { readProjectionConfig } from '../../apps/projection/src/config';
import { dropDatabase } from '@palimpsest/persistence';

export type AppName = 'ingest' | 'diff' | 'projection' | 'alerts';

const START_ORDER: readonly AppName[] = ['ingest', 'diff', 'projection', 'alerts'];

/**
 * The three apps running in this process against the real broker and
 * database, isolated by a random database and topic prefix per test file.
 */
export class Pipeline {
  readonly runId = `e2e_${randomBytes(4).toString('hex')}`;
  readonly env: Record<string, string> = {
    DATABASE_URL: `${process.env.PALIMPSEST_TEST_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432'}/${this.runId}`,
    KAFKA_BROKERS: requireBrokers(),
    KAFKA_TOPIC_PREFIX: this.runId,
    KAFKA_PARTITIONS: '3',
    INGEST_PORT: '0',
    DIFF_PORT: '0',
    PROJECTION_PORT: '0',
    ALERTS_PORT: '0',
    API_TOKEN: randomBytes(24).toString('hex'),
    WEBHOOK_ALLOWLIST: '127.0.0.1',
  };
  private readonly apps = new Map<AppName, INestApplication>();

  /** Starts `apps` (by default ingest, diff and projection) in pipeline order. */
  async start(apps: readonly AppName[] = ['ingest', 'diff', 'projection']): Promise<this> {
    for (const name of START_ORDER.filter((app) => apps.includes(app))) await this.startApp(name);
    return this;
  }

  async startApp(name: AppName): Promise<void> {
    const env = { ...process.env, ...this.env };
    const bootstraps: Record<AppName, () => Promise<INestApplication>> = {
      ingest: () => bootstrapIngest(readIngestConfig(env)),
      diff: () => bootstrapDiff(readDiffConfig(env)),
      projection: () => bootstrapProjection(readProjectionConfig(env)),
      alerts: () => bootstrapAlerts(readAlertsConfig(env)),
    };
    const app = await bootstraps[name]();
    this.apps.set(name, app);
  }

  async stopApp(name: AppName): Promise<void> {
    await this.apps.get(name)?.close();
    this.apps.delete(name);
  }

  url(name: AppName): string {
    const app = this.apps.get(name);
    if (!app) throw new Error(`${name} is not running`);
    const { port } = app.getHttpServer().address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    for (const name of [...this.apps.keys()].reverse()) await this.stopApp(name);
    await dropDatabase(this.env.DATABASE_URL);
  }
}

function requireBrokers(): string {
  const brokers = process.env.KAFKA_BROKERS;
  if (!brokers)
    throw new Error('KAFKA_BROKERS is not set: run end-to-end tests through `npm test` (it starts a broker)');
  return brokers;
}

export async function getJson<T = any>(url: string): Promise<{ status: number; body: T }> {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as T };
}

export async function postJson<T = any>(url: string, body: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}
