import {
  ConflictException,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  ServiceUnavailableException,
} from '@nestjs/common';
import { ProjectionResources } from '../projection-resources';
import { ReadModelApplier } from '../projectors/read-model-applier';
import { ReadModelBatchApplier } from '../projectors/read-model-batch-applier';
import { Generation, GenerationsRepository } from './generations.repository';
import { readLogExtent } from './log-extent';
import { LiveProgress } from './rebuild-view';
import { rebuildConflictReason } from './rebuild-conflict';
import { RebuildLock, rebuildLockHolderName } from './rebuild-lock';
import { RunningRebuild } from './running-rebuild';

/**
 * How often an instance that runs no rebuild looks for one left `building`
 * with nobody running it, and how often the runner checks its lock connection.
 * A takeover waits this long at most before joining the rebuild's group (where
 * it then waits for the group to drop the dead member).
 */
const WATCH_INTERVAL_MS = 3_000;

interface HeldRebuild {
  rebuild: RunningRebuild;
  lock: RebuildLock;
}

/**
 * Starts rebuilds, reports their progress, and makes sure exactly one
 * projection instance runs a given rebuild, with another taking it over when
 * that one dies.
 *
 * A rebuild's consumer group must have a single member: each member sees only
 * the partitions it was assigned, so with two members neither ever sees every
 * partition reach its end and the rebuild never switches over. Running it is
 * therefore tied to a Postgres advisory lock (see RebuildLock): the instance
 * that starts a rebuild takes the lock before recording the generation, and
 * holds it until the rebuild switched over, failed or was stopped. Every other
 * instance, every WATCH_INTERVAL_MS, looks for a `building` generation and, if
 * there is one, tries the lock: it gets it only once the runner's connection is
 * gone (a kill -9 closes it), and then resumes the rebuild where its group's
 * committed offsets stand. Starting an instance is no longer a reason to
 * resume: it joins the same watch.
 */
@Injectable()
export class RebuildRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RebuildRunner.name);
  private readonly holderName: string;
  private current: HeldRebuild | null = null;
  private watchTimer: NodeJS.Timeout | null = null;
  private watching = false;
  private shuttingDown = false;

  constructor(
    private readonly resources: ProjectionResources,
    private readonly generations: GenerationsRepository,
    private readonly applier: ReadModelApplier,
    private readonly batchApplier: ReadModelBatchApplier,
  ) {
    this.holderName = rebuildLockHolderName(resources.config.port, process.pid);
  }

  onApplicationBootstrap(): void {
    // Not awaited: resuming joins a consumer group, which can wait for a dead member's session to
    // expire, and the app need not wait for that to serve queries.
    void this.watch();
    this.watchTimer = setInterval(() => void this.watch(), WATCH_INTERVAL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    this.shuttingDown = true;
    if (this.watchTimer) clearInterval(this.watchTimer);
    this.watchTimer = null;
    // The lock goes last, so the instance that takes over never shares the group with this one.
    if (this.current) await this.relinquish(this.current.rebuild);
  }

  /** Starts a rebuild here; 409 with the reason when one is building (here or on another instance). */
  async start(): Promise<Generation> {
    if (this.shuttingDown) throw new ServiceUnavailableException('this instance is shutting down');
    // The lock comes before the generation row, so no watcher can take a rebuild over while it is being started.
    const lock = await RebuildLock.tryAcquire(this.resources.config.databaseUrl, this.holderName);
    if (!lock) throw new ConflictException(rebuildConflictReason(await this.generations.findBuilding()));
    let generation: Generation;
    try {
      // Holding the lock with a generation already building means its runner died; a watcher
      // resumes it within WATCH_INTERVAL_MS once this lock is released.
      const unfinished = await this.generations.findBuilding();
      if (unfinished) throw new ConflictException(rebuildConflictReason(unfinished));
      const { kafka, topics, config } = this.resources;
      const extent = await readLogExtent(kafka, [topics.revisions, topics.analyses]);
      generation = await this.generations.addBuilding(
        `${config.consumerGroup}.rebuild-r`,
        extent.endOffsets,
        extent.total,
      );
    } catch (error) {
      await lock.release();
      throw error;
    }
    await this.run(generation, lock);
    return generation;
  }

  /** The running rebuild's live counters, when `generation` is the one running here. */
  progress(generation: number): LiveProgress | null {
    const rebuild = this.current?.rebuild;
    if (rebuild?.generation.generation !== generation || rebuild.stopped) return null;
    return { appliedEvents: rebuild.appliedEvents, eventsPerSecond: rebuild.eventsPerSecond };
  }

  /**
   * One round of the watch: the runner checks its lock connection; any other
   * instance resumes a `building` generation if it gets the lock. Rounds never
   * overlap, and each database call is bounded by the lock's timeouts.
   */
  private async watch(): Promise<void> {
    if (this.watching || this.shuttingDown) return;
    this.watching = true;
    try {
      if (this.current) return await this.current.lock.confirm();
      if (!(await this.generations.findBuilding())) return;
      const lock = await RebuildLock.tryAcquire(this.resources.config.databaseUrl, this.holderName);
      if (!lock) return;
      // Read again under the lock: the runner may have switched over between the first read and its release.
      const building = await this.generations.findBuilding();
      if (!building || this.shuttingDown || this.current) return await lock.release();
      this.logger.log({ msg: 'taking over rebuild', generation: building.generation, applied: building.appliedEvents });
      await this.run(building, lock);
    } catch (error) {
      this.logger.warn({ msg: 'rebuild watch failed, trying again', error: (error as Error).message });
    } finally {
      this.watching = false;
    }
  }

  /** Runs `generation` while `lock` is held; the lock goes when the rebuild stops, and the rebuild stops when the lock goes. */
  private async run(generation: Generation, lock: RebuildLock): Promise<void> {
    const { dataSource, topics, config, textWork } = this.resources;
    const rebuild = new RunningRebuild(
      {
        brokers: config.kafkaBrokers,
        dataSource,
        generations: this.generations,
        applier: this.applier,
        batchApplier: this.batchApplier,
        textWork,
        liveGroup: config.consumerGroup,
        topics: [topics.revisions, topics.analyses],
      },
      generation,
    );
    this.current = { rebuild, lock };
    this.inBackground(rebuild.finished.then(() => this.relinquish(rebuild)));
    // Another instance may take over as soon as the lock is gone, so this one stops consuming at once.
    // A switch-over it has in flight is harmless: it only happens for a generation still building.
    this.inBackground(lock.lost.then((reason) => this.relinquish(rebuild, reason)));
    this.logger.log({ msg: 'rebuild started', generation: generation.generation, total: generation.totalEvents });
    try {
      await rebuild.start();
    } catch (error) {
      // Stopped meanwhile (shutdown, lost lock): the generation is left building for the next runner.
      if (rebuild.stopped) return;
      // Marked failed while the lock is still held, so no watcher resumes a rebuild that is failing.
      await this.generations.markFailed(generation.generation, (error as Error).message).finally(() => rebuild.stop());
      throw error;
    }
  }

  private inBackground(work: Promise<void>): void {
    work.catch((error) => this.logger.warn({ msg: 'stopping a rebuild failed', error: (error as Error).message }));
  }

  /** Stops `rebuild` if it is the one held here, then releases its lock. */
  private async relinquish(rebuild: RunningRebuild, lostReason?: string): Promise<void> {
    const held = this.current;
    if (held?.rebuild !== rebuild) return;
    this.current = null;
    if (lostReason) {
      this.logger.warn({
        msg: 'rebuild lock lost, stopping the rebuild here',
        generation: rebuild.generation.generation,
        reason: lostReason,
      });
    }
    try {
      await rebuild.stop();
    } finally {
      await held.lock.release();
    }
  }
}
