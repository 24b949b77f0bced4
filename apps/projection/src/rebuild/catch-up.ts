import type { PartitionOffsets } from './generations.repository';

/** True once every partition's next offset has reached the end captured when the rebuild started. */
export function hasCaughtUp(endOffsets: PartitionOffsets, nextOffsets: ReadonlyMap<string, bigint>): boolean {
  return Object.entries(endOffsets).every(([key, end]) => (nextOffsets.get(key) ?? 0n) >= BigInt(end));
}

/** Whether a message at `offset` counts towards the progress bar: it lies before its partition's captured end. */
export function isBeforeEnd(endOffsets: PartitionOffsets, key: string, offset: string): boolean {
  const end = endOffsets[key];
  return end !== undefined && BigInt(offset) < BigInt(end);
}
