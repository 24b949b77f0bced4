import { Injectable } from '@nestjs/common';
import { PalimpsestEvent } from '@palimpsest/contracts';
import { EventPosition, EventRouter } from '@palimpsest/kafka';
import { claimEvent } from '@palimpsest/persistence';
import { LiveFeed } from '../console/live-feed/live-feed';
import { ProjectionResources } from '../projection-resources';
import { generationConsumer } from '../rebuild/generation-tables';
import { managerForGeneration } from '../rebuild/generation-manager';
import { GenerationsRepository } from '../rebuild/generations.repository';
import { ReadModelApplier } from './read-model-applier';

/**
 * Applies each event to the active generation of the read models and records
 * it as applied, in one transaction: a redelivered event finds its claim and
 * changes nothing. The pointer row stays share-locked meanwhile, so a rebuild
 * switches over between events, never in the middle of one.
 */
@Injectable()
export class ProjectionEventsRouter implements EventRouter {
  constructor(
    private readonly resources: ProjectionResources,
    private readonly generations: GenerationsRepository,
    private readonly applier: ReadModelApplier,
    private readonly feed: LiveFeed,
  ) {}

  async route(event: PalimpsestEvent, position: EventPosition): Promise<void> {
    const prepared = this.applier.prepare(event);
    const applied = await this.resources.dataSource.transaction(async (manager) => {
      const generation = await this.generations.lockActiveForApply(manager);
      const consumer = generationConsumer(this.resources.config.consumerGroup, generation);
      const claimed = await claimEvent(manager, 'projection', consumer, event.id, position);
      if (claimed) await this.applier.apply(managerForGeneration(manager, generation), prepared);
      return claimed;
    });
    // After the commit, so the console never shows what a rolled-back transaction wrote.
    if (applied) this.feed.applied(event);
  }
}
