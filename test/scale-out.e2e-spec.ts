import { topicNames } from '@palimpsest/contracts';
import { createKafkaClient } from '@palimpsest/kafka';
import type { Kafka } from 'kafkajs';
import { LocalKafkaCluster } from '../deploy/kafka/local-cluster';
import type { AppName } from './support/pipeline';
import { ChildApps } from './support/child-apps';
import type { ReportOrderInLog } from './support/cluster-inspection';
import { groupPositions, partitionsPerMember, replicationOf, reportOrderInLog } from './support/cluster-inspection';
import {
  expectEveryEventProjectedOnce,
  expectOneAlertPerChangedRevision,
  expectReadModelsEqualRebuild,
} from './support/fault-expectations';
import type { Fault, ScenarioResult } from './support/fault-scenario';
import { runFaultScenario, stopInstance } from './support/fault-scenario';
import { waitFor } from '../deploy/kafka/wait-for';

const REPORTS = 100;
const CAPTURES_PER_REPORT = 10;
const CAPTURES = REPORTS * CAPTURES_PER_REPORT;
const PARTITIONS = 12;
const CONSUMING_APPS: AppName[] = ['diff', 'projection', 'alerts'];

/**
 * Scale-out: a 3-node KRaft cluster from the same jars on 127.0.0.1 (replication factor 3, two in
 * sync required), two instances of every app, 12 partitions. While 1,000 captures stream in, the
 * broker that leads the most revision partitions is killed with SIGKILL at capture 250, and at
 * capture 600, once the cluster has moved its leaders, one instance of each app is stopped
 * (SIGTERM, as a scale-down would); neither comes back. The survivors must take every partition over: nothing
 * lost, nothing applied twice, each report's revisions in order, and no alert sent twice.
 */
describe('scale-out: 3 Kafka nodes and two instances of each app, losing one of each mid-stream', () => {
  let cluster: LocalKafkaCluster;
  let apps: ChildApps;
  let kafka: Kafka;
  let result: ScenarioResult;
  const spread: Record<string, number[]> = {};
  let replicasAtStart: Array<{ replicas: number[]; isr: number[] }> = [];
  let killedNode: number | undefined;
  let order: ReportOrderInLog;

  beforeAll(async () => {
    cluster = await LocalKafkaCluster.startThrowaway(3);
    apps = new ChildApps({ KAFKA_BROKERS: cluster.brokers, KAFKA_PARTITIONS: String(PARTITIONS) });
    kafka = createKafkaClient({ brokers: cluster.brokers.split(','), clientId: `${apps.runId}-inspector` });
    const topics = topicNames(apps.env.KAFKA_TOPIC_PREFIX);

    const killBusiestBroker: Fault = {
      name: 'kill -9 the broker leading most revision partitions',
      afterCaptures: 250,
      inject: async () => {
        killedNode = await cluster.busiestLeader(topics.revisions);
        await cluster.kill(killedNode);
      },
    };
    const stopOneOfEach = (['ingest', ...CONSUMING_APPS] as AppName[]).map((app) => stopInstance(apps, app, 600));
    result = await runFaultScenario(apps, [killBusiestBroker, ...stopOneOfEach], {
      reports: REPORTS,
      capturesPerReport: CAPTURES_PER_REPORT,
      settleTimeoutMs: 360_000,
      ratePerSecond: 15,
      instancesPerApp: 2,
      explainUnsettled: async () => {
        const topicsRead = [topics.revisions, topics.analyses];
        const positions = await Promise.all(
          CONSUMING_APPS.map((app) => groupPositions(kafka, `${apps.env.KAFKA_TOPIC_PREFIX}.${app}`, topicsRead)),
        );
        return [`killed node ${killedNode}`, ...positions].join('\n');
      },
      beforeStreaming: async () => {
        replicasAtStart = await replicationOf(kafka, topics.revisions);
        for (const app of CONSUMING_APPS) {
          spread[app] = await waitFor(
            () => partitionsPerMember(kafka, `${apps.env.KAFKA_TOPIC_PREFIX}.${app}`),
            (members) => members.length === 2 && members.every((partitions) => partitions > 0),
            { timeoutMs: 60_000, intervalMs: 500, what: `both ${app} instances to hold partitions` },
          );
        }
      },
    });
    order = await reportOrderInLog(kafka, topics.revisions);
    console.log(
      `scale-out faults: ${JSON.stringify(result.faults)} forced stops ${apps.forcedStops} killed node ${killedNode} spread ${JSON.stringify(spread)} ` +
        `order ${JSON.stringify({ ...order, onSeveralPartitions: order.onSeveralPartitions.length, outOfOrder: order.outOfOrder.length })}`,
    );
  }, 600_000);

  afterAll(async () => {
    await apps?.stop();
    await cluster?.stop();
  });

  it('then the topics had 12 partitions with 3 replicas, all in sync, before the first capture', () => {
    expect(replicasAtStart).toHaveLength(PARTITIONS);
    for (const partition of replicasAtStart) {
      expect([...partition.replicas].sort()).toEqual([1, 2, 3]);
      expect([...partition.isr].sort()).toEqual([1, 2, 3]);
    }
  });

  it('then both instances of each consuming app held partitions of the same group', () => {
    expect(Object.keys(spread)).toEqual(CONSUMING_APPS);
    for (const members of Object.values(spread)) {
      expect(members).toHaveLength(2);
      expect(Math.min(...members)).toBeGreaterThan(0);
    }
  });

  it('then one broker was killed and one instance of each app stopped, and every capture was acknowledged', () => {
    expect(result.faults.map((fault) => fault.name)).toEqual([
      'kill -9 the broker leading most revision partitions',
      'stop ingest',
      'stop diff',
      'stop projection',
      'stop alerts',
    ]);
    expect(cluster.isRunning(killedNode!)).toBe(false);
    expect(apps.forcedStops).toEqual([]);
    expect(Object.values(result.statuses).reduce((sum, count) => sum + count, 0)).toBe(CAPTURES);
  });

  it('then every report kept one partition and its revisions in order', () => {
    expect(order.reports).toBe(REPORTS);
    expect(order.onSeveralPartitions).toEqual([]);
    expect(order.outOfOrder).toEqual([]);
  });

  it('then revisions were numbered 1..10 with no gap, each analysed once, every figure change projected once', () => {
    expectEveryEventProjectedOnce(result, CAPTURES);
  });

  it('then every read model equals, row for row, its rebuild from the log', () => {
    expectReadModelsEqualRebuild(result);
    expect(result.sizes.figure_history_v1).toBe(result.counts.figureChangedEvents);
  });

  it('then each revision with figure changes raised one alert holding them, and no alert was sent twice', () => {
    // Instances were stopped, not killed: each finished and recorded the POST it had in flight.
    expectOneAlertPerChangedRevision(result, 0);
    expect(result.repeatedDeliveries).toEqual([]);
  });
});
