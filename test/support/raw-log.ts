import type { Topics } from '@palimpsest/contracts';
import { topicNames } from '@palimpsest/contracts';
import type { DeadLetterEntry } from '@palimpsest/kafka';
import { createKafkaClient, listDeadLetters } from '@palimpsest/kafka';
import type { Kafka, Message } from 'kafkajs';
import { Partitioners } from 'kafkajs';
import type { Pipeline } from './pipeline';

/** Direct access to a pipeline's topics, for tests that write to the log as a faulty producer would. */
export class RawLog {
  readonly kafka: Kafka;
  readonly topics: Topics;

  constructor(pipeline: Pipeline) {
    this.kafka = createKafkaClient({
      brokers: pipeline.env.KAFKA_BROKERS.split(','),
      clientId: `${pipeline.runId}-raw`,
    });
    this.topics = topicNames(pipeline.env.KAFKA_TOPIC_PREFIX);
  }

  /** Sends messages in order with the apps' partitioner, so a key lands where the apps' events with that key do. */
  async produce(topic: string, messages: Message[]): Promise<void> {
    const producer = this.kafka.producer({
      createPartitioner: Partitioners.DefaultPartitioner,
      maxInFlightRequests: 1,
    });
    await producer.connect();
    try {
      for (const message of messages) await producer.send({ topic, messages: [message] });
    } finally {
      await producer.disconnect();
    }
  }

  deadLetters(): Promise<DeadLetterEntry[]> {
    return listDeadLetters(this.kafka, this.topics);
  }
}
