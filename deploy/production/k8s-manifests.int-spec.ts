import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { AppName } from './app-variables';
import { appNames, configReaders, repoRoot, unknownVariables } from './app-variables';

type Manifest = any;

const manifestDir = join(repoRoot, 'deploy/production/k8s');

function loadManifests(): Manifest[] {
  return readdirSync(manifestDir)
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) =>
      parseAllDocuments(readFileSync(join(manifestDir, file), 'utf8')).map((document) => {
        if (document.errors.length > 0) throw new Error(`${file}: ${document.errors[0].message}`);
        return document.toJS();
      }),
    );
}

function find(manifests: Manifest[], kind: string, name: string): Manifest {
  const found = manifests.find((manifest) => manifest.kind === kind && manifest.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name}`);
  return found;
}

/** The environment a container would see: its ConfigMaps first, then its own `env`, resolving Secret references. */
function containerEnvironment(manifests: Manifest[], container: Manifest): Record<string, string> {
  const environment: Record<string, string> = {};
  for (const source of container.envFrom ?? [])
    Object.assign(environment, find(manifests, 'ConfigMap', source.configMapRef.name).data);
  for (const variable of container.env ?? []) {
    const secretRef = variable.valueFrom?.secretKeyRef;
    environment[variable.name] = secretRef
      ? find(manifests, 'Secret', secretRef.name).stringData[secretRef.key]
      : variable.value;
  }
  return environment;
}

function kafkaEnvironment(manifests: Manifest[]): Record<string, string> {
  const [container] = find(manifests, 'StatefulSet', 'kafka').spec.template.spec.containers;
  return Object.fromEntries(container.env.map((variable: Manifest) => [variable.name, variable.value]));
}

describe('deploy/production/k8s', () => {
  const manifests = loadManifests();

  it('given every manifest, then each is a named object in the palimpsest namespace', () => {
    for (const manifest of manifests) {
      expect(manifest.apiVersion).toEqual(expect.any(String));
      expect(manifest.metadata.name).toEqual(expect.any(String));
      if (manifest.kind !== 'Namespace') expect(manifest.metadata.namespace).toBe('palimpsest');
    }
  });

  it('given the kafka StatefulSet, then three KRaft nodes replicate 3 ways with min in-sync 2 behind a headless service', () => {
    const statefulSet = find(manifests, 'StatefulSet', 'kafka');
    const service = find(manifests, 'Service', statefulSet.spec.serviceName);
    const environment = kafkaEnvironment(manifests);
    expect(statefulSet.spec.replicas).toBe(3);
    expect(service.spec.clusterIP).toBe('None');
    expect(environment.KAFKA_PROCESS_ROLES).toBe('broker,controller');
    expect(environment.KAFKA_DEFAULT_REPLICATION_FACTOR).toBe('3');
    expect(environment.KAFKA_MIN_INSYNC_REPLICAS).toBe('2');
    const voters = environment.KAFKA_CONTROLLER_QUORUM_VOTERS.split(',');
    expect(voters).toEqual(
      [0, 1, 2].map(
        (ordinal) => `${ordinal + 1}@kafka-${ordinal}.${service.metadata.name}.palimpsest.svc.cluster.local:9093`,
      ),
    );
  });

  it('given the shared ConfigMap, then the apps bootstrap from exactly the three kafka pods', () => {
    const brokers = find(manifests, 'ConfigMap', 'palimpsest-config').data.KAFKA_BROKERS.split(',');
    expect(brokers).toEqual(
      [0, 1, 2].map((ordinal) => `kafka-${ordinal}.kafka-headless.palimpsest.svc.cluster.local:9092`),
    );
  });

  it.each(appNames)(
    'given the %s Deployment, then its environment is read and accepted by the app and its ports, probes and Service agree',
    (app: AppName) => {
      const deployment = find(manifests, 'Deployment', app);
      const [container] = deployment.spec.template.spec.containers;
      const environment = containerEnvironment(manifests, container);
      expect(unknownVariables(app, Object.keys(environment))).toEqual([]);
      const config = configReaders[app](environment);
      expect(deployment.spec.replicas).toBeGreaterThanOrEqual(2);
      expect(container.ports).toEqual([{ name: 'http', containerPort: config.port }]);
      expect(container.readinessProbe.httpGet).toEqual({ path: '/health', port: 'http' });
      expect(container.resources.requests).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
      expect(
        existsSync(
          join(
            repoRoot,
            container.command
              .at(-1)
              .replace(/^dist\//, '')
              .replace(/\.js$/, '.ts'),
          ),
        ),
      ).toBe(true);
      const service = find(manifests, 'Service', app);
      expect(service.spec.selector).toEqual(deployment.spec.template.metadata.labels);
      expect(service.spec.ports).toEqual([{ name: 'http', port: config.port, targetPort: 'http' }]);
    },
  );

  it('given the alerts Deployment, then its links point at the projection Service', () => {
    const [container] = find(manifests, 'Deployment', 'alerts').spec.template.spec.containers;
    const queryApi = new URL(containerEnvironment(manifests, container).QUERY_API_URL);
    const projection = find(manifests, 'Service', 'projection');
    expect(queryApi.hostname).toBe(`${projection.metadata.name}.palimpsest.svc.cluster.local`);
    expect(Number(queryApi.port)).toBe(projection.spec.ports[0].port);
  });

  it('given the postgres StatefulSet, then its password is the one in the apps DATABASE_URL', () => {
    const secret = find(manifests, 'Secret', 'palimpsest-secrets').stringData;
    const url = new URL(secret.DATABASE_URL);
    expect(url.password).toBe(secret.POSTGRES_PASSWORD);
    expect(url.hostname).toBe('postgres.palimpsest.svc.cluster.local');
    expect(find(manifests, 'Service', 'postgres').spec.ports[0].port).toBe(Number(url.port));
  });
});
