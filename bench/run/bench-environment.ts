export interface BenchEnvironment {
  kafkaBrokers: string | undefined;
  /** postgres://user@host:port, without a database. */
  databaseServer: string;
  /** Benchmark names given on the command line; empty for all. */
  only: string[];
}

const DEFAULT_DATABASE_SERVER = 'postgres://postgres@127.0.0.1:5432';

/** `npm run bench -- text-diff` runs one benchmark; the server comes from DATABASE_URL without its database. */
export function readBenchEnvironment(env: NodeJS.ProcessEnv, args: readonly string[]): BenchEnvironment {
  return {
    kafkaBrokers: env.KAFKA_BROKERS?.trim() || undefined,
    databaseServer: env.DATABASE_URL ? serverOf(env.DATABASE_URL) : DEFAULT_DATABASE_SERVER,
    only: args.filter((arg) => !arg.startsWith('-')),
  };
}

function serverOf(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  const credentials = url.username ? `${url.username}${url.password ? `:${url.password}` : ''}@` : '';
  return `${url.protocol}//${credentials}${url.host}`;
}
