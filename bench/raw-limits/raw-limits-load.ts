import type { Message } from 'kafkajs';
import { generateLoad } from '../load';
import { revisionSizedMessages } from './event-sized-messages';
import type { FigureRow } from './figure-rows';
import { figureRows } from './figure-rows';

/** What the raw limits move: the same generated revisions as Kafka messages and as figure rows. */
export interface RawLimitsLoad {
  messages: Message[];
  rows: FigureRow[];
}

/**
 * 2,000 reports x 10 revisions: 20,000 messages, about 67,000 figure rows; seconds of work each, so
 * the run stays bounded, and enough that a measure is not mostly its own start-up.
 */
export function rawLimitsLoad(): RawLimitsLoad {
  const captures = generateLoad({
    seed: 9,
    reports: 2_000,
    revisionsPerReport: 10,
    startAt: '2024-01-01T00:00:00.000Z',
  });
  return { messages: revisionSizedMessages(captures), rows: figureRows(captures) };
}
