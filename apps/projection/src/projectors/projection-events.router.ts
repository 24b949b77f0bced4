import { Injectable } from '@nestjs/common';
import { ConsumedEvent, EventRouter } from '@palimpsest/kafka';
import { claimEvents, inboxEntries } from '@palimpsest/persistence';
import { LiveFeed } from '../console/live-feed/live-feed';
import { ProjectionResources } from '../projection-resources';
import { generationConsumer, readModelTables } from '../rebuild/generation-tables';
import { GenerationsRepository } from '../rebuild/generations.repository';
import { ReadModelApplier } from './read-model-applier';
import { ReadModelBatchApplier } from './read-model-batch-applier';

/**
 * Applies a batch of events to the active generation of the read models,
 * set-based (a few statements per table whatever the batch size), and records
 * them as applied, in one transaction: a redelivered event finds its
 * claim and changes nothing. The pointer row stays share-locked meanwhile, so
 * a rebuild switches over between batches, never in the middle of one.
 */
@Injectable()
export class ProjectionEventsRouter implements EventRouter {
  constructor(
    private readonly resources: ProjectionResources,
    private readonly generations: GenerationsRepository,
    private readonly applier: ReadModelApplier,
    private readonly batchApplier: ReadModelBatchApplier,
    private readonly feed: LiveFeed,
  ) {}

  async route(batch: readonly ConsumedEvent[]): Promise<void> {
    const prepared = await Promise.all(batch.map(({ event }) => this.applier.prepare(event, this.resources.textWork)));
    const applied = await this.resources.dataSource.transaction(async (manager) => {
      const generation = await this.generations.lockActiveForApply(manager);
      const consumer = generationConsumer(this.resources.config.consumerGroup, generation);
      const claimed = await claimEvents(manager, 'projection', consumer, inboxEntries(batch));
      // delete: a second copy of the same event later in the batch is skipped.
      const fresh = prepared.filter((step) => claimed.delete(step.event.id));
      await this.batchApplier.apply(manager, readModelTables(generation), fresh);
      return fresh.map((step) => step.event);
    });
    // After the commit, so the console never shows what a rolled-back transaction wrote.
    for (const event of applied) this.feed.applied(event);
  }
}
