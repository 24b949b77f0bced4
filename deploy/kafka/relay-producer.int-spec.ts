import { createKafkaClient, ensureTopics, readTopicToEnd } from '@palimpsest/kafka';
import { createRelayProducer } from '@palimpsest/platform';
import type { Kafka, Message, Producer } from 'kafkajs';
import { LocalKafkaCluster } from './local-cluster';

const MESSAGES_PER_BATCH = 24;
const KILL_AT_BATCH = 20;
/** Sending goes on this long after the kill: leadership moves once the controllers miss the node (about 9 s). */
const SEND_AFTER_KILL_MS = 20_000;
const MAX_BATCHES = 2_000;
const PAUSE_BETWEEN_BATCHES_MS = 50;
const TOPIC = 'relay-producer-check';

/**
 * What the outbox relay relies on: a batch the producer acknowledged is in the log, all of it,
 * even when a broker leading some of its partitions dies while it is in flight. Batches are
 * sent as the relay does (one at a time, the same batch again after a failure) on a three-node
 * cluster, and the node leading the most partitions is killed mid-stream. With kafkajs's own
 * retries (the default producer) this test failed: 11 of the 24 messages of the first batch sent
 * after the kill were acknowledged and never written (see libs/platform/src/relay-producer.ts). It lives
 * beside the cluster it needs, since libs never import deploy/.
 */
describe('relay producer when a partition leader dies mid-batch', () => {
  let cluster: LocalKafkaCluster;
  let kafka: Kafka;
  let producer: Producer;
  const acknowledged: string[] = [];
  let failedSends = 0;
  let sentBatches = 0;

  beforeAll(async () => {
    cluster = await LocalKafkaCluster.startThrowaway(3);
    kafka = createKafkaClient({ brokers: cluster.brokers.split(','), clientId: 'relay-producer-check' });
    await ensureTopics(kafka, [TOPIC], 12);
    producer = createRelayProducer(kafka);
    await producer.connect();
    let killedAt: number | undefined;
    for (let batch = 0; batch < MAX_BATCHES; batch++) {
      if (batch === KILL_AT_BATCH) {
        await cluster.kill(await cluster.busiestLeader(TOPIC));
        killedAt = Date.now();
      }
      if (killedAt && Date.now() - killedAt > SEND_AFTER_KILL_MS) break;
      sentBatches++;
      const messages = batchOf(batch);
      for (let attempt = 1; ; attempt++) {
        try {
          await producer.sendBatch({ topicMessages: [{ topic: TOPIC, messages }] });
          acknowledged.push(...messages.map((message) => String(message.value)));
          break;
        } catch (error) {
          failedSends++;
          if (attempt >= 100) throw error;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
      await new Promise((resolve) => setTimeout(resolve, PAUSE_BETWEEN_BATCHES_MS));
    }
  }, 300_000);

  afterAll(async () => {
    await producer?.disconnect();
    await cluster?.stop();
  });

  it('then a broker was lost while batches went on being sent', () => {
    expect(cluster.spec.nodes.filter((node) => cluster.isRunning(node.nodeId))).toHaveLength(2);
    console.log(`relay producer: ${sentBatches} batches, ${failedSends} failed sends resent`);
  });

  it('then every acknowledged message is in the log', async () => {
    const inLog = new Set(
      (await readTopicToEnd(kafka, TOPIC, { timeoutMs: 60_000 })).map(({ message }) => String(message.value)),
    );

    const missing = acknowledged.filter((value) => !inLog.has(value));

    expect(sentBatches).toBeGreaterThan(KILL_AT_BATCH);
    expect(acknowledged).toHaveLength(sentBatches * MESSAGES_PER_BATCH);
    expect(missing).toEqual([]);
  });
});

/** Messages spread over every partition (keys differ), each value unique. */
function batchOf(batch: number): Message[] {
  return Array.from({ length: MESSAGES_PER_BATCH }, (_, index) => ({
    key: `report-${index}`,
    value: `batch-${batch}-message-${index}`,
  }));
}
