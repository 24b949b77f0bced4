import type { MixedList } from 'typeorm';
import { DataSource } from 'typeorm';
import { withMigrationLock } from './migration-lock';

export interface ServiceDatabaseOptions {
  url: string;
  /** The Postgres schema the service owns (docs/architecture.md, invariant 8). */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function>;
  poolSize?: number;
}

/**
 * A TypeORM data source confined to one service's schema, with committed
 * migrations run at start and `synchronize` off. The schema is created first
 * because TypeORM keeps its migrations table inside it. Both happen under the schema's
 * migration lock, since several instances of a service may start at once.
 */
export async function openServiceDatabase(options: ServiceDatabaseOptions): Promise<DataSource> {
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    synchronize: false,
    migrationsRun: false,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    extra: { max: options.poolSize ?? 10, application_name: `palimpsest-${options.schema}` },
  });
  await withMigrationLock(options.url, options.schema, async (client) => {
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${options.schema}"`);
    await dataSource.initialize();
    try {
      await dataSource.runMigrations();
    } catch (error) {
      await dataSource.destroy();
      throw error;
    }
  });
  return dataSource;
}
