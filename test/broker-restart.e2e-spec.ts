import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LocalBrokerHandle } from '../deploy/kafka/with-broker';
import { startLocalBroker, stopLocalBroker } from '../deploy/kafka/with-broker';
import { freePort } from '../deploy/start/app-launcher';
import { ChildApps } from './support/child-apps';
import {
  expectEveryEventProjectedOnce,
  expectOneAlertPerChangedRevision,
  expectReadModelsEqualRebuild,
} from './support/fault-expectations';
import type { ScenarioResult } from './support/fault-scenario';
import { runFaultScenario } from './support/fault-scenario';

const REPORTS = 50;
const CAPTURES_PER_REPORT = 4;
const CAPTURES = REPORTS * CAPTURES_PER_REPORT;

/**
 * The broker goes away mid-stream and comes back: the outbox relays keep the
 * events until it is back, the consumers reconnect, and the apps are never
 * restarted. This test runs its own broker on its own ports and data
 * directory, so stopping it disturbs no other test.
 */
describe('broker restart: the Kafka broker stops and starts again mid-stream', () => {
  let broker: LocalBrokerHandle;
  let apps: ChildApps;
  let brokerSettings: { brokerPort: number; controllerPort: number; dataDir: string };
  let result: ScenarioResult;

  beforeAll(async () => {
    brokerSettings = {
      brokerPort: await freePort(),
      controllerPort: await freePort(),
      dataDir: join(tmpdir(), `palimpsest-broker-restart-${process.pid}`),
    };
    broker = await startLocalBroker(brokerSettings);
    if (broker.reused) throw new Error('expected a broker of its own for this test');
    apps = new ChildApps({ KAFKA_BROKERS: broker.brokers });
    const restartBroker = async () => {
      await stopLocalBroker(broker);
      broker = await startLocalBroker(brokerSettings);
    };
    result = await runFaultScenario(
      apps,
      [{ name: 'broker stop and start', afterCaptures: 60, inject: restartBroker }],
      {
        reports: REPORTS,
        capturesPerReport: CAPTURES_PER_REPORT,
        settleTimeoutMs: 140_000,
        ratePerSecond: 8,
      },
    );
    console.log(
      `broker restart faults: ${JSON.stringify(result.faults)} statuses: ${JSON.stringify(result.statuses)} repeated webhooks: ${JSON.stringify(result.repeatedDeliveries)}`,
    );
  }, 175_000);

  afterAll(async () => {
    await apps?.stop();
    if (broker) await stopLocalBroker(broker);
    await rm(brokerSettings.dataDir, { recursive: true, force: true });
  });

  it('then the broker was restarted once while every app kept running', () => {
    expect(result.faults.map((fault) => fault.name)).toEqual(['broker stop and start']);
    for (const app of ['ingest', 'diff', 'projection', 'alerts'] as const) expect(apps.isRunning(app)).toBe(true);
  });

  it('then no revision is missing or numbered twice, and every derived event was projected once', () => {
    expectEveryEventProjectedOnce(result, CAPTURES);
  });

  it('then every read model equals its rebuild from the log, and every alert was delivered under one id', () => {
    expectReadModelsEqualRebuild(result);
    // One subscription has one head-of-line delivery: only the POST in flight when the fault hit may go out again.
    expectOneAlertPerChangedRevision(result, 1);
  });
});
