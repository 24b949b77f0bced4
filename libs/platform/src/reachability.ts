import { Client } from 'pg';
import type { Kafka } from 'kafkajs';

/**
 * Start-up checks that turn an unreachable dependency into one readable
 * sentence saying what to do, instead of a stack trace from deep inside a driver.
 */
export async function assertPostgresReachable(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString(), connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new Error(
      `PostgreSQL at ${url.host} is unreachable (${(error as Error).message}). ` +
        'Start PostgreSQL or set DATABASE_URL=postgres://user@host:port/palimpsest.',
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function assertKafkaReachable(kafka: Kafka, brokers: string[]): Promise<void> {
  const admin = kafka.admin();
  try {
    await admin.connect();
    await admin.describeCluster();
  } catch (error) {
    throw new Error(
      `Kafka at ${brokers.join(',')} is unreachable (${(error as Error).message}). ` +
        'Run `npm run kafka:start` or set KAFKA_BROKERS=host:port.',
    );
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}
