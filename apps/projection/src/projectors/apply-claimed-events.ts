import type { PalimpsestEvent } from '@palimpsest/contracts';
import type { InboxEntry } from '@palimpsest/persistence';
import { claimEvents } from '@palimpsest/persistence';
import type { EntityManager } from 'typeorm';
import { generationConsumer, readModelTables } from '../rebuild/generation-tables';
import type { AppendRows } from './append-rows';
import { insertRows } from './append-rows';
import type { PreparedEvent } from './read-model-applier';
import type { ReadModelBatchApplier } from './read-model-batch-applier';

/** Whose inbox claims the events, and which generation of the read models they are written to. */
export interface ApplyTarget {
  consumerGroup: string;
  generation: number;
}

/**
 * Claims a batch's events in the generation's inbox and writes those claimed
 * now, inside the caller's transaction: an event applied before, or a second
 * copy later in the batch, changes nothing. The live consumer and a rebuild
 * both apply through here (a rebuild appends rows by COPY). Returns the events written.
 */
export async function applyClaimedEvents(
  manager: EntityManager,
  applier: ReadModelBatchApplier,
  { consumerGroup, generation }: ApplyTarget,
  entries: readonly InboxEntry[],
  prepared: readonly PreparedEvent[],
  append: AppendRows = insertRows,
): Promise<PalimpsestEvent[]> {
  const consumer = generationConsumer(consumerGroup, generation);
  const claimed = await claimEvents(manager, 'projection', consumer, entries);
  // delete: a second copy of the same event later in the batch is skipped.
  const fresh = prepared.filter((step) => claimed.delete(step.event.id));
  await applier.apply(manager, readModelTables(generation), fresh, append);
  return fresh.map((step) => step.event);
}
