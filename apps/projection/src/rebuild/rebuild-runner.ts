import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ProjectionResources } from '../projection-resources';
import { ReadModelApplier } from '../projectors/read-model-applier';
import { Generation, GenerationsRepository } from './generations.repository';
import { readLogExtent } from './log-extent';
import { RunningRebuild } from './running-rebuild';

/** Starts rebuilds, resumes one the app was running when it stopped, and reports their progress. */
@Injectable()
export class RebuildRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RebuildRunner.name);
  private current: RunningRebuild | null = null;

  constructor(
    private readonly resources: ProjectionResources,
    private readonly generations: GenerationsRepository,
    private readonly applier: ReadModelApplier,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const building = await this.generations.findBuilding();
    if (building) await this.run(building);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.current?.stop();
  }

  async start(): Promise<Generation> {
    const { kafka, topics, config } = this.resources;
    const extent = await readLogExtent(kafka, [topics.revisions, topics.analyses]);
    const generation = await this.generations.addBuilding(
      `${config.consumerGroup}.rebuild-r`,
      extent.endOffsets,
      extent.total,
    );
    await this.run(generation);
    return generation;
  }

  /** The running rebuild's live counters, when `generation` is the one running here. */
  progress(generation: number): { appliedEvents: number; eventsPerSecond: number } | null {
    const current = this.current;
    if (current?.generation.generation !== generation) return null;
    return { appliedEvents: current.appliedEvents, eventsPerSecond: current.eventsPerSecond };
  }

  private async run(generation: Generation): Promise<void> {
    const { kafka, dataSource, topics, config } = this.resources;
    const rebuild = new RunningRebuild(
      {
        kafka,
        dataSource,
        generations: this.generations,
        applier: this.applier,
        liveGroup: config.consumerGroup,
        topics: [topics.revisions, topics.analyses],
      },
      generation,
    );
    this.current = rebuild;
    this.logger.log({ msg: 'rebuild started', generation: generation.generation, total: generation.totalEvents });
    try {
      await rebuild.start();
    } catch (error) {
      await rebuild.stop();
      await this.generations.markFailed(generation.generation, (error as Error).message);
      throw error;
    }
  }
}
