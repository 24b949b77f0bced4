import type { Topics } from '@palimpsest/contracts';
import type { IHeaders, Kafka, Producer } from 'kafkajs';
import { DEAD_LETTER_HEADERS } from './dead-letter';
import type { TopicRecord } from './read-topic';
import { readTopicToEnd } from './read-topic';
import { ensureTopics } from './topics-admin';

/** One message of the dead-letter topic, named `<partition>:<offset>` of that topic. */
export interface DeadLetterEntry {
  id: string;
  reason: string;
  detail: string;
  consumer: string;
  sourceTopic: string;
  sourcePartition: number;
  sourceOffset: string;
  failedAt: string;
  key: Buffer | null;
  value: Buffer | null;
  redriven: boolean;
}

export interface RedriveOutcome {
  redriven: string[];
  alreadyRedriven: string[];
  missing: string[];
}

/** Every dead letter, oldest first per partition, each marked when it has been redriven. */
export async function listDeadLetters(kafka: Kafka, topics: Topics): Promise<DeadLetterEntry[]> {
  await ensureTopics(kafka, [topics.deadLetterRedriven], 1);
  const [letters, markers] = await Promise.all([
    readTopicToEnd(kafka, topics.deadLetter),
    readTopicToEnd(kafka, topics.deadLetterRedriven),
  ]);
  const redriven = new Set(markers.map(({ message }) => message.key?.toString() ?? ''));
  return letters.map((record) => toEntry(record, redriven));
}

/**
 * Puts dead letters back on the topic they came from, with their original key
 * and bytes, then records each id as redriven so a second redrive skips it.
 * A crash between the two re-sends the event once more; consumers deduplicate by id.
 */
export async function redriveDeadLetters(
  kafka: Kafka,
  producer: Producer,
  topics: Topics,
  selection: { ids: string[] } | 'all',
  onProgress: (entry: DeadLetterEntry) => void = () => undefined,
): Promise<RedriveOutcome> {
  const entries = await listDeadLetters(kafka, topics);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const ids = selection === 'all' ? entries.map((entry) => entry.id) : selection.ids;
  const outcome: RedriveOutcome = { redriven: [], alreadyRedriven: [], missing: [] };
  for (const id of ids) {
    const entry = byId.get(id);
    if (!entry) outcome.missing.push(id);
    else if (entry.redriven) outcome.alreadyRedriven.push(id);
    else {
      await redriveOne(producer, topics, entry);
      outcome.redriven.push(id);
      onProgress(entry);
    }
  }
  return outcome;
}

async function redriveOne(producer: Producer, topics: Topics, entry: DeadLetterEntry): Promise<void> {
  const redrivenAt = new Date().toISOString();
  await producer.send({
    topic: entry.sourceTopic,
    messages: [
      { key: entry.key, value: entry.value, headers: { 'redriven-from': entry.id, 'redriven-at': redrivenAt } },
    ],
  });
  await producer.send({
    topic: topics.deadLetterRedriven,
    messages: [{ key: entry.id, value: JSON.stringify({ id: entry.id, sourceTopic: entry.sourceTopic, redrivenAt }) }],
  });
}

function toEntry({ partition, message }: TopicRecord, redriven: ReadonlySet<string>): DeadLetterEntry {
  const header = (name: string) => headerText(message.headers, name);
  const id = `${partition}:${message.offset}`;
  return {
    id,
    reason: header(DEAD_LETTER_HEADERS.reason),
    detail: header(DEAD_LETTER_HEADERS.detail),
    consumer: header(DEAD_LETTER_HEADERS.consumer),
    sourceTopic: header(DEAD_LETTER_HEADERS.sourceTopic),
    sourcePartition: Number(header(DEAD_LETTER_HEADERS.sourcePartition)),
    sourceOffset: header(DEAD_LETTER_HEADERS.sourceOffset),
    failedAt: header(DEAD_LETTER_HEADERS.failedAt),
    key: message.key,
    value: message.value,
    redriven: redriven.has(id),
  };
}

function headerText(headers: IHeaders | undefined, name: string): string {
  const value = headers?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? '' : first.toString();
}
