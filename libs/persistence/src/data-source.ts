import { DataSource, MixedList } from 'typeorm';
import { Client } from 'pg';

export interface ServiceDatabaseOptions {
  url: string;
  /** The Postgres schema the service owns (invariant 8). */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function>;
  poolSize?: number;
}

/**
 * A TypeORM data source confined to one service's schema, with committed
 * migrations run at start and `synchronize` off. The schema is created first
 * because TypeORM keeps its migrations table inside it.
 */
export async function openServiceDatabase(options: ServiceDatabaseOptions): Promise<DataSource> {
  await createSchema(options.url, options.schema);
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
  await dataSource.initialize();
  await dataSource.runMigrations();
  return dataSource;
}

async function createSchema(url: string, schema: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  } finally {
    await client.end();
  }
}
