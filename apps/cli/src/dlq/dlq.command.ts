import { topicNames } from '@palimpsest/contracts';
import { createKafkaClient, listDeadLetters, redriveDeadLetters } from '@palimpsest/kafka';
import { Partitioners } from 'kafkajs';
import { CliIo, Command, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../command';
import { writeJson } from '../write-json';
import { DlqRequest, parseDlqOptions } from './dlq-options';
import { deadLetterJson, formatDeadLetters, formatRedriveOutcome } from './format-dead-letters';

export const dlqCommand: Command = {
  name: 'dlq',
  summary: 'List dead letters (list [--limit N] [--json]) or put them back on their topic (redrive --id P:O | --all).',
  operands: ['list|redrive'],
  options: {
    limit: { type: 'string' },
    json: { type: 'boolean' },
    id: { type: 'string', multiple: true },
    all: { type: 'boolean' },
  },
  async run({ positionals, values }, io) {
    const parsed = parseDlqOptions(positionals[0], values);
    if (!parsed.ok) {
      io.stderr.write(`palimpsest dlq: ${parsed.message}\n`);
      return EXIT_USAGE;
    }
    try {
      return await runRequest(parsed.request, io, process.env);
    } catch (error) {
      io.stderr.write(`palimpsest dlq: ${(error as Error).message}\n`);
      return EXIT_FAILURE;
    }
  },
};

/** Talks to the broker named by KAFKA_BROKERS, with the topics of KAFKA_TOPIC_PREFIX, as the apps do. */
async function runRequest(request: DlqRequest, io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  const brokers = (env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',').map((broker) => broker.trim());
  const kafka = createKafkaClient({ brokers, clientId: 'palimpsest-cli-dlq' });
  const topics = topicNames(env.KAFKA_TOPIC_PREFIX ?? '');
  if (request.action === 'list') {
    const entries = (await listDeadLetters(kafka, topics)).slice(-request.limit);
    if (request.json) writeJson(io, entries.map(deadLetterJson));
    else io.stdout.write(formatDeadLetters(entries));
    return EXIT_OK;
  }
  const producer = kafka.producer({
    createPartitioner: Partitioners.DefaultPartitioner,
    allowAutoTopicCreation: false,
  });
  await producer.connect();
  try {
    const outcome = await redriveDeadLetters(kafka, producer, topics, request.selection, (entry) =>
      io.stderr.write(`redriven ${entry.id} -> ${entry.sourceTopic}\n`),
    );
    io.stdout.write(formatRedriveOutcome(outcome));
    return outcome.missing.length > 0 ? EXIT_USAGE : EXIT_OK;
  } finally {
    await producer.disconnect();
  }
}
