import { randomBytes } from 'node:crypto';
import type { Message } from 'kafkajs';
import { Kafka, logLevel } from 'kafkajs';

const JOIN_TIMEOUT_MS = 30_000;

/** Milliseconds from send to receipt of each message, produced one at a time at `ratePerSecond` with acks=all. */
export async function kafkaRoundTripLatencies(
  brokers: string,
  messages: readonly Message[],
  ratePerSecond: number,
): Promise<number[]> {
  const kafka = new Kafka({ clientId: 'bench-pipeline-e2e', brokers: brokers.split(','), logLevel: logLevel.NOTHING });
  const topic = `bench.round-trip.${randomBytes(4).toString('hex')}`;
  const admin = kafka.admin();
  const producer = kafka.producer();
  const consumer = kafka.consumer({ groupId: `${topic}.reader`, maxWaitTimeInMs: 20 });
  await Promise.all([admin.connect(), producer.connect(), consumer.connect()]);
  try {
    await admin.createTopics({ topics: [{ topic, numPartitions: 12 }], waitForLeaders: true });
    await consumer.subscribe({ topic, fromBeginning: true });
    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    const joined = new Promise<void>((done) => consumer.on(consumer.events.GROUP_JOIN, () => done()));
    await consumer.run({
      eachMessage: async ({ message }) => {
        const id = String(message.headers?.['event-id']);
        latencies.push(performance.now() - (sentAt.get(id) ?? Number.NaN));
      },
    });
    await Promise.race([
      joined,
      new Promise((_, fail) => setTimeout(() => fail(new Error('no group join')), JOIN_TIMEOUT_MS)),
    ]);
    const started = performance.now();
    for (const [index, message] of messages.entries()) {
      await new Promise((done) =>
        setTimeout(done, Math.max(0, started + (index * 1000) / ratePerSecond - performance.now())),
      );
      sentAt.set(String(message.headers?.['event-id']), performance.now());
      await producer.send({ topic, acks: -1, messages: [message] });
    }
    const deadline = Date.now() + JOIN_TIMEOUT_MS;
    while (latencies.length < messages.length && Date.now() < deadline)
      await new Promise((done) => setTimeout(done, 50));
    return latencies;
  } finally {
    await consumer.disconnect();
    await producer.disconnect();
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
  }
}
