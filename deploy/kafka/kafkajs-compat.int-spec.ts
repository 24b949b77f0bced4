import { randomUUID } from 'node:crypto';
import type { Admin, Consumer, Producer } from 'kafkajs';
import { Kafka, logLevel } from 'kafkajs';
import { externalBrokersFromEnv } from './local-broker-env';
import { waitUntil } from './wait-for';

// Kafka 4.0 dropped old protocol versions (KIP-896); these tests pin that kafkajs 2.2.4, which
// negotiates versions, still creates topics, produces, joins groups and commits against our broker.

interface Received {
  readonly key: string;
  readonly value: string;
  readonly partition: number;
}

type OffsetsByPartition = Record<number, string>;

function brokersUnderTest(): string[] {
  const brokers = externalBrokersFromEnv(process.env);
  if (!brokers)
    throw new Error('KAFKA_BROKERS is not set: run through `node dist/deploy/kafka/with-broker.js jest ...`');
  return brokers;
}

function keyedMessages(prefix: string, count: number): Array<{ key: string; value: string }> {
  return Array.from({ length: count }, (_, index) => ({ key: `report-${index % 4}`, value: `${prefix}-${index}` }));
}

async function endOffsets(admin: Admin, topic: string): Promise<OffsetsByPartition> {
  const offsets = await admin.fetchTopicOffsets(topic);
  return Object.fromEntries(offsets.map(({ partition, high }) => [partition, high]));
}

/** A partition the group never consumed from reports -1; counted as 0, the end of an empty partition. */
async function committedOffsets(admin: Admin, groupId: string, topic: string): Promise<OffsetsByPartition> {
  const [{ partitions }] = await admin.fetchOffsets({ groupId, topics: [topic] });
  return Object.fromEntries(partitions.map(({ partition, offset }) => [partition, offset === '-1' ? '0' : offset]));
}

describe('kafkajs 2.2.4 against the local Kafka broker', () => {
  let kafka: Kafka;
  let admin: Admin;
  let producer: Producer;
  const openConsumers = new Set<Consumer>();

  beforeAll(async () => {
    kafka = new Kafka({ clientId: 'kafkajs-compat-spec', brokers: brokersUnderTest(), logLevel: logLevel.NOTHING });
    admin = kafka.admin();
    producer = kafka.producer();
    await Promise.all([admin.connect(), producer.connect()]);
  });

  afterAll(async () => {
    await Promise.all([...openConsumers].map((consumer) => consumer.disconnect()));
    await Promise.all([producer?.disconnect(), admin?.disconnect()]);
  });

  async function createTopic(partitions: number): Promise<string> {
    const topic = `compat-${randomUUID()}`;
    await admin.createTopics({ topics: [{ topic, numPartitions: partitions }], waitForLeaders: true });
    return topic;
  }

  /** Joins the group, commits offset + 1 after each message, and leaves once the group's commits reach the end. */
  async function consumeAndCommitAll(groupId: string, topic: string): Promise<Received[]> {
    const received: Received[] = [];
    // disconnect() waits for the fetch in flight, which the broker holds open up to maxWaitTimeInMs (5 s by default).
    const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 250 });
    openConsumers.add(consumer);
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ partition, message }) => {
        received.push({ key: String(message.key), value: String(message.value), partition });
        await consumer.commitOffsets([{ topic, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
      },
    });
    const caughtUp = async () =>
      JSON.stringify(await committedOffsets(admin, groupId, topic)) === JSON.stringify(await endOffsets(admin, topic));
    await waitUntil(caughtUp, { timeoutMs: 20_000, what: `group ${groupId} to commit the end of ${topic}` });
    await consumer.disconnect();
    openConsumers.delete(consumer);
    return received;
  }

  it('given a topic created with 3 partitions, when described, then it has 3 partitions with a leader each', async () => {
    const topic = await createTopic(3);

    const metadata = await admin.fetchTopicMetadata({ topics: [topic] });

    expect(metadata.topics[0].partitions.map((partition) => partition.leader >= 0)).toEqual([true, true, true]);
  }, 30_000);

  it('given keyed messages, when a group consumes and commits them, then each key keeps one partition and its order, and the commits are the end offsets', async () => {
    const topic = await createTopic(3);
    const groupId = `compat-${randomUUID()}`;
    const sent = keyedMessages('first', 8);
    await producer.send({ topic, messages: sent });

    const received = await consumeAndCommitAll(groupId, topic);

    expect(received.map((message) => message.value).sort()).toEqual(sent.map((message) => message.value).sort());
    for (const key of new Set(sent.map((message) => message.key))) {
      const ofKey = received.filter((message) => message.key === key);
      expect(new Set(ofKey.map((message) => message.partition)).size).toBe(1);
      expect(ofKey.map((message) => message.value)).toEqual(sent.filter((m) => m.key === key).map((m) => m.value));
    }
    expect(await committedOffsets(admin, groupId, topic)).toEqual(await endOffsets(admin, topic));
  }, 30_000);

  it('given a group that committed everything, when a new consumer of the group starts, then it receives only newer messages', async () => {
    const topic = await createTopic(3);
    const groupId = `compat-${randomUUID()}`;
    await producer.send({ topic, messages: keyedMessages('first', 8) });
    await consumeAndCommitAll(groupId, topic);
    const newer = keyedMessages('second', 5);
    await producer.send({ topic, messages: newer });

    const resumed = await consumeAndCommitAll(groupId, topic);

    expect(resumed.map((message) => message.value).sort()).toEqual(newer.map((message) => message.value).sort());
  }, 50_000);
});
