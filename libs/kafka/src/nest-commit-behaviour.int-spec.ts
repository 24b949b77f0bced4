import { Controller, INestMicroservice, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { KafkaMessage, Partitioners } from 'kafkajs';
import { randomBytes } from 'node:crypto';
import { createKafkaClient } from './client';
import { kafkaConsumerTransport } from './nest-transport';
import { ensureTopics } from './topics-admin';

/**
 * Pins what @nestjs/microservices 11.2 does with our transport options, since it
 * has changed between versions (nestjs/nest#10617, #14664):
 * - an event handler that returns lets kafkajs commit the offset, so a restarted
 *   member of the same group resumes after it;
 * - an event handler that throws is not swallowed: the error reaches kafkajs,
 *   which seeks back and delivers the same offset again. A message that always
 *   throws would therefore block its partition for ever, which is why
 *   EventConsumer catches everything and dead-letters instead.
 */
interface Delivery {
  value: string;
  offset: string;
}

function recordingConsumer(topic: string, deliveries: Delivery[], shouldFail: (delivery: Delivery) => boolean) {
  @Controller()
  class RecordingController {
    @EventPattern(topic)
    async onMessage(@Payload() message: KafkaMessage, @Ctx() context: KafkaContext): Promise<void> {
      const delivery = { value: message.value!.toString(), offset: context.getMessage().offset };
      deliveries.push(delivery);
      if (shouldFail(delivery)) throw new Error(`handler refused ${delivery.value}`);
    }
  }
  @Module({ controllers: [RecordingController] })
  class RecordingModule {}
  return RecordingModule;
}

async function until(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('Nest 11.2 Kafka transport commit behaviour', () => {
  const brokers = (process.env.KAFKA_BROKERS ?? '').split(',').filter(Boolean);
  const kafka = createKafkaClient({ brokers, clientId: 'nest-commit-behaviour' });
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  const started: INestMicroservice[] = [];

  const startConsumer = async (
    topic: string,
    groupId: string,
    deliveries: Delivery[],
    shouldFail: (delivery: Delivery) => boolean = () => false,
  ) => {
    const app = await NestFactory.createMicroservice(recordingConsumer(topic, deliveries, shouldFail), {
      ...kafkaConsumerTransport({ brokers, clientId: groupId, groupId, partitionsConcurrency: 1 }),
      logger: false,
    });
    await app.listen();
    started.push(app);
    return app;
  };
  const freshTopic = async () => {
    const topic = `nest-commit-${randomBytes(4).toString('hex')}`;
    await ensureTopics(kafka, [topic], 1);
    return { topic, groupId: `${topic}-group` };
  };

  beforeAll(async () => {
    if (brokers.length === 0) throw new Error('KAFKA_BROKERS is not set: run through deploy/kafka/with-broker');
    await producer.connect();
  });
  afterAll(async () => {
    for (const app of started) await app.close().catch(() => undefined);
    await producer.disconnect();
  });

  it('given a handler that returns, when a member of the same group restarts, then it resumes after the handled message', async () => {
    const { topic, groupId } = await freshTopic();
    await producer.send({ topic, messages: [{ value: 'first' }] });
    const firstRun: Delivery[] = [];
    const first = await startConsumer(topic, groupId, firstRun);
    await until(() => firstRun.length === 1, 'the first message');
    await first.close();

    await producer.send({ topic, messages: [{ value: 'second' }] });
    const secondRun: Delivery[] = [];
    await startConsumer(topic, groupId, secondRun);
    await until(() => secondRun.length >= 1, 'the second message');
    expect(secondRun.map((delivery) => delivery.value)).toEqual(['second']);
  });

  it('given a handler that throws, then Nest lets the error reach kafkajs and the same offset is delivered again', async () => {
    const { topic, groupId } = await freshTopic();
    await producer.send({ topic, messages: [{ value: 'poison' }, { value: 'behind' }] });
    const deliveries: Delivery[] = [];
    let failures = 0;
    await startConsumer(topic, groupId, deliveries, ({ value }) => value === 'poison' && failures++ < 2);
    await until(() => deliveries.some(({ value }) => value === 'behind'), 'the message behind the failing one');
    expect(deliveries.map(({ value, offset }) => `${value}@${offset}`)).toEqual([
      'poison@0',
      'poison@0',
      'poison@0',
      'behind@1',
    ]);
  });
});
