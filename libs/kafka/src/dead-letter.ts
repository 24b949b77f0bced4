import type { IHeaders, Message } from 'kafkajs';

export interface MessageOrigin {
  topic: string;
  partition: number;
  offset: string;
  key: Buffer | string | null;
  value: Buffer | string | null;
}

export interface DeadLetterCause {
  consumer: string;
  reason: string;
  detail: string;
  failedAt: string;
}

export const DEAD_LETTER_HEADERS = {
  reason: 'dlq-reason',
  detail: 'dlq-detail',
  consumer: 'dlq-consumer',
  sourceTopic: 'dlq-source-topic',
  sourcePartition: 'dlq-source-partition',
  sourceOffset: 'dlq-source-offset',
  failedAt: 'dlq-failed-at',
} as const;

/** The original bytes, untouched, with headers naming the cause and where the message came from. */
export function toDeadLetterMessage(origin: MessageOrigin, cause: DeadLetterCause): Message {
  const headers: IHeaders = {
    [DEAD_LETTER_HEADERS.reason]: cause.reason,
    [DEAD_LETTER_HEADERS.detail]: cause.detail.slice(0, 2_000),
    [DEAD_LETTER_HEADERS.consumer]: cause.consumer,
    [DEAD_LETTER_HEADERS.sourceTopic]: origin.topic,
    [DEAD_LETTER_HEADERS.sourcePartition]: String(origin.partition),
    [DEAD_LETTER_HEADERS.sourceOffset]: origin.offset,
    [DEAD_LETTER_HEADERS.failedAt]: cause.failedAt,
  };
  return { key: origin.key, value: origin.value, headers };
}
