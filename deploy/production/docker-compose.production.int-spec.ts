import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parse } from 'yaml';
import { appNames, configReaders, repoRoot, unknownVariables } from './app-variables';

const composeFile = join(repoRoot, 'deploy/production/docker-compose.production.yml');
const kafkaNodes = ['kafka-1', 'kafka-2', 'kafka-3'];

type PortMapping = string | { target: number; published: string };

/** Container port and host ports from "127.0.0.1:3121-3122:3001/tcp" or the long syntax. */
function portMapping(port: PortMapping): { target: number; published: string } {
  if (typeof port !== 'string') return port;
  const parts = port.replace(/\/(tcp|udp)$/, '').split(':');
  return { target: Number(parts.at(-1)), published: parts.at(-2) ?? '' };
}

/** Host ports "3121-3122" or "3121" as numbers. */
function hostPorts(published: string): number[] {
  const [first, last = first] = String(published).split('-').map(Number);
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

describe('docker-compose.production.yml', () => {
  // `docker-compose config` resolves anchors, merges and interpolates exactly as Docker would; no engine is needed.
  const resolved = parse(
    execFileSync('docker-compose', ['-f', composeFile, 'config'], {
      encoding: 'utf8',
      env: { ...process.env, API_TOKEN: 'a-token-of-at-least-16-characters' },
    }),
  );

  it('given docker-compose config, then it accepts the file and names three brokers, postgres and the four apps', () => {
    expect(Object.keys(resolved.services).sort()).toEqual([...kafkaNodes, 'postgres', ...appNames].sort());
  });

  it('given the three kafka nodes, then they form one KRaft quorum with replication 3 and min in-sync 2', () => {
    const ids = kafkaNodes.map((node) => resolved.services[node].environment.KAFKA_NODE_ID);
    expect(ids).toEqual(['1', '2', '3']);
    for (const node of kafkaNodes) {
      const environment = resolved.services[node].environment;
      expect(environment.KAFKA_CONTROLLER_QUORUM_VOTERS).toBe('1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093');
      expect(environment.KAFKA_ADVERTISED_LISTENERS).toBe(`PLAINTEXT://${node}:9092`);
      expect(environment.KAFKA_DEFAULT_REPLICATION_FACTOR).toBe('3');
      expect(environment.KAFKA_MIN_INSYNC_REPLICAS).toBe('2');
      expect(environment.KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR).toBe('3');
      expect(environment.KAFKA_UNCLEAN_LEADER_ELECTION_ENABLE).toBe('false');
    }
    expect(new Set(kafkaNodes.map((node) => resolved.services[node].environment.CLUSTER_ID)).size).toBe(1);
  });

  it.each(appNames)(
    'given the %s service, then it runs several instances with variables the app reads and accepts',
    (app) => {
      const service = resolved.services[app];
      expect(service.deploy.replicas).toBeGreaterThanOrEqual(2);
      expect(unknownVariables(app, Object.keys(service.environment))).toEqual([]);
      const config = configReaders[app](service.environment);
      expect(config.kafkaBrokers).toEqual(kafkaNodes.map((node) => `${node}:9092`));
      expect(new URL(config.databaseUrl).hostname).toBe('postgres');
      const containerPorts = [
        ...(service.ports ?? []).map((port: PortMapping) => portMapping(port).target),
        ...(service.expose ?? []),
      ];
      expect(containerPorts.map(Number)).toEqual([config.port]);
    },
  );

  it('given the published apps, then each replica gets a host port of its own and no two services share one', () => {
    const published = appNames.flatMap((app) =>
      (resolved.services[app].ports ?? []).map((port: PortMapping) => ({
        app,
        ports: hostPorts(portMapping(port).published),
      })),
    );
    for (const { app, ports } of published) expect(ports).toHaveLength(resolved.services[app].deploy.replicas);
    const all = published.flatMap(({ ports }) => ports);
    expect(new Set(all).size).toBe(all.length);
  });

  it('given the postgres service, then its password and database match the apps DATABASE_URL', () => {
    const url = new URL(resolved.services.ingest.environment.DATABASE_URL);
    expect(resolved.services.postgres.environment.POSTGRES_PASSWORD).toBe(url.password);
    expect(resolved.services.postgres.environment.POSTGRES_DB).toBe(url.pathname.slice(1));
  });

  it('given no API_TOKEN in the environment, then docker-compose config refuses the file', () => {
    const environment = { ...process.env };
    delete environment.API_TOKEN;
    expect(() =>
      execFileSync('docker-compose', ['-f', composeFile, 'config'], {
        encoding: 'utf8',
        env: environment,
        stdio: 'pipe',
      }),
    ).toThrow(/API_TOKEN/);
  });
});
