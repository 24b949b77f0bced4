import type { LogPosition } from '@palimpsest/contracts';

/** Per topic and partition, the first log offset a subscription may alert on. */
export type StartOffsets = Record<string, Record<string, string>>;

/**
 * A subscription alerts only on events appended to the log after it was created
 * (the log's end offsets are recorded then), so replaying the log or starting a
 * new consumer group does not alert on history. Partitions added later start at 0.
 */
export function isAfterStart(start: StartOffsets, position: LogPosition): boolean {
  const first = start[position.topic]?.[String(position.partition)] ?? '0';
  return BigInt(position.offset) >= BigInt(first);
}
