import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { appNames, configReaders, variablesReadBy } from '../production/app-variables';

const root = resolve(__dirname, '..', '..');
const defaultPorts = { ingest: 3001, diff: 3003, projection: 3000, alerts: 3002 };

/** [container port, host port] from either the short ("127.0.0.1:3001:3001") or the long port syntax. */
function portPair(port: string | { target: number; published: string | number }): [number, number] {
  if (typeof port !== 'string') return [Number(port.target), Number(port.published)];
  const parts = port.replace(/\/(tcp|udp)$/, '').split(':');
  return [Number(parts.at(-1)), Number(parts.at(-2))];
}

describe('docker-compose.yml', () => {
  // `docker-compose config` resolves anchors and merges exactly as Docker would; no engine is needed.
  const resolved = parse(execFileSync('docker-compose', ['config'], { cwd: root, encoding: 'utf8' }));

  it('given docker-compose config, then it accepts the file and names the whole topology', () => {
    expect(Object.keys(resolved.services).sort()).toEqual([
      'alerts',
      'diff',
      'ingest',
      'kafka',
      'postgres',
      'projection',
    ]);
  });

  it.each(appNames)(
    'given the %s service, then every variable it sets is one the app reads, and the app accepts them',
    (app) => {
      const environment: Record<string, string> = resolved.services[app].environment;
      const known = variablesReadBy(app);
      expect(Object.keys(environment).filter((name) => !known.has(name))).toEqual([]);
      const config = configReaders[app](environment);
      expect(config.port).toBe(defaultPorts[app]);
      expect(config.kafkaBrokers).toEqual(['kafka:9092']);
      expect(new URL(config.databaseUrl).hostname).toBe('postgres');
      expect(resolved.services[app].ports.map(portPair)).toEqual([[config.port, config.port]]);
    },
  );

  it('given the kafka service, then it advertises the address the apps use and runs the version the local broker runs', () => {
    const kafka = resolved.services.kafka;
    expect(kafka.environment.KAFKA_ADVERTISED_LISTENERS).toBe('PLAINTEXT://kafka:9092');
    expect(kafka.environment.KAFKA_PROCESS_ROLES).toBe('broker,controller');
    const pom = readFileSync(join(root, 'deploy/kafka/pom.xml'), 'utf8');
    const version = /<kafka\.version>([^<]+)<\/kafka\.version>/.exec(pom)?.[1];
    expect(kafka.image).toBe(`apache/kafka:${version}`);
  });

  it('given the postgres service, then its password and database match the apps DATABASE_URL', () => {
    const url = new URL(resolved.services.ingest.environment.DATABASE_URL);
    expect(resolved.services.postgres.environment.POSTGRES_PASSWORD).toBe(url.password);
    expect(resolved.services.postgres.environment.POSTGRES_DB).toBe(url.pathname.slice(1));
  });
});
