import { Logger } from '@nestjs/common';
import { decodeEvent } from '@palimpsest/contracts';
import type { ConsumedEvent } from '@palimpsest/kafka';
import { BatchConsumerGroup } from '@palimpsest/kafka';
import { inboxEntries } from '@palimpsest/persistence';
import type { TextWorkerPool } from '@palimpsest/platform';
import type { EachBatchPayload } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { applyClaimedEvents } from '../projectors/apply-claimed-events';
import { copyRowsIn } from '../projectors/append-rows';
import type { ReadModelApplier } from '../projectors/read-model-applier';
import type { ReadModelBatchApplier } from '../projectors/read-model-batch-applier';
import { hasCaughtUp, isBeforeEnd } from './catch-up';
import { readAppliedOffsets } from './log-extent';
import { buildSecondaryIndexes, deferSecondaryIndexes } from './generation-indexes';
import { createGenerationTablesSql, generationConsumer } from './generation-tables';
import type { Generation, GenerationsRepository } from './generations.repository';

export interface RebuildDependencies {
  brokers: string[];
  dataSource: DataSource;
  generations: GenerationsRepository;
  applier: ReadModelApplier;
  batchApplier: ReadModelBatchApplier;
  textWork: TextWorkerPool;
  liveGroup: string;
  topics: string[];
}

const TICK_MS = 250;
const PARTITIONS_IN_PARALLEL = 4;
/**
 * A fetch brings up to this much of a partition, and a transaction applies up
 * to EVENTS_PER_TRANSACTION of it: large pieces make the per-transaction costs
 * (inbox claim, commit, offset commit, a handful of statements per table) small
 * per event, while memory stays bounded by PARTITIONS_IN_PARALLEL fetches.
 */
const BYTES_PER_PARTITION_FETCH = 8 * 1024 * 1024;
const EVENTS_PER_TRANSACTION = 5_000;

/**
 * One rebuild: a fresh consumer group reads both topics from the beginning
 * into the new generation's tables, through the same inbox as the live
 * consumer, large pieces of a fetched batch per transaction, with COPY into the
 * tables that only gain rows and set-based statements elsewhere. Once it has
 * reached the ends captured at the start and at least the live consumer's
 * positions, it builds the generation's secondary indexes and switches the pointer.
 *
 * It reads through BatchConsumerGroup but not EventConsumer: the live consumer
 * already dead-lettered what cannot be decoded or applied when it first
 * arrived, and a replay must neither dead-letter it a second time (a redrive
 * would then apply it twice) nor let the rebuild differ from what live applied.
 * Undecodable messages are skipped; a batch that fails is read again (kafkajs
 * retries it, then restarts the consumer from the committed offsets).
 */
export class RunningRebuild {
  private readonly logger = new Logger(RunningRebuild.name);
  private readonly nextOffsets = new Map<string, bigint>();
  private readonly startedAt = Date.now();
  private readonly appliedAtStart: number;
  private applied: number;
  private group: BatchConsumerGroup | null = null;
  private indexesBuilt = false;
  private timer: NodeJS.Timeout | null = null;
  private ticking = false;
  private stopping: Promise<void> | null = null;
  readonly finished: Promise<void>;
  private finish!: () => void;

  constructor(
    private readonly deps: RebuildDependencies,
    readonly generation: Generation,
  ) {
    this.applied = this.appliedAtStart = generation.appliedEvents;
    this.finished = new Promise((resolve) => (this.finish = resolve));
  }

  get eventsPerSecond(): number {
    const seconds = (Date.now() - this.startedAt) / 1000;
    return seconds > 0 ? Math.round((this.applied - this.appliedAtStart) / seconds) : 0;
  }

  get appliedEvents(): number {
    return this.applied;
  }

  /** True once `stop` was called, whether by a switch-over, a shutdown or a lost rebuild lock. */
  get stopped(): boolean {
    return this.stopping !== null;
  }

  /**
   * Joins the rebuild's group and starts applying. Taking over from a killed
   * instance, this waits in the join until the group drops the dead member
   * (its session timeout), so the new runner then holds every partition.
   */
  async start(): Promise<void> {
    const { brokers, dataSource, topics } = this.deps;
    const number = this.generation.generation;
    await dataSource.query(createGenerationTablesSql(number));
    await deferSecondaryIndexes(dataSource, number);
    const groupId = this.generation.rebuildGroup!;
    const applied = await readAppliedOffsets(dataSource, generationConsumer(this.deps.liveGroup, number));
    for (const [key, offset] of applied) this.nextOffsets.set(key, offset);
    if (this.stopped) return;
    // Partitions hold different reports, and the read models do not depend on how the two topics
    // interleave (the live consumer interleaves them as they come), so partitions are applied side by side.
    const group = new BatchConsumerGroup({
      brokers,
      clientId: `palimpsest-${groupId}`,
      groupId,
      topics,
      partitionsConcurrency: PARTITIONS_IN_PARALLEL,
      maxBytesPerPartition: BYTES_PER_PARTITION_FETCH,
      fromBeginning: true,
      // kafkajs restarts a crashed consumer by itself; one stopped here (its lock lost, say) must stay stopped.
      restartAfterCrash: () => !this.stopped,
    });
    this.group = group;
    await group.start((payload) => this.applyBatch(payload));
    if (this.stopped) return;
    this.timer = setInterval(() => void this.tick(), TICK_MS);
  }

  /** Leaves the group and resolves `finished`; later calls wait for the first. */
  stop(): Promise<void> {
    this.stopping ??= this.halt();
    return this.stopping;
  }

  private async halt(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    try {
      await this.group?.stop();
    } finally {
      this.group = null;
      this.finish();
    }
  }

  /** One partition's fetched batch, in pieces of EVENTS_PER_TRANSACTION, each applied and then committed. */
  private async applyBatch(payload: EachBatchPayload): Promise<void> {
    const { topic, partition, messages } = payload.batch;
    const key = `${topic}:${partition}`;
    for (let start = 0; start < messages.length; start += EVENTS_PER_TRANSACTION) {
      if (!payload.isRunning() || payload.isStale() || this.stopped) return;
      const piece = messages.slice(start, start + EVENTS_PER_TRANSACTION);
      const events: ConsumedEvent[] = [];
      for (const message of piece) {
        const decoded = decodeEvent(message.value);
        if (decoded.ok)
          events.push({ event: decoded.event, position: { topic, partition, offset: message.offset }, message });
      }
      await this.applyPiece(events);
      const last = piece[piece.length - 1].offset;
      payload.resolveOffset(last);
      await payload.commitOffsetsIfNecessary();
      this.nextOffsets.set(key, BigInt(last) + 1n);
      this.applied += piece.filter((message) => isBeforeEnd(this.generation.endOffsets, key, message.offset)).length;
      await payload.heartbeat();
    }
    // The last partition in: build the indexes and switch over now rather than at the next tick.
    if (hasCaughtUp(this.generation.endOffsets, this.nextOffsets)) void this.tick();
  }

  /** One transaction: claim the piece's events in the generation's inbox, write those claimed now set-based. */
  private async applyPiece(events: readonly ConsumedEvent[]): Promise<void> {
    if (events.length === 0) return;
    const { dataSource, applier, batchApplier, liveGroup, textWork } = this.deps;
    const number = this.generation.generation;
    const prepared = await Promise.all(events.map(({ event }) => applier.prepare(event, textWork)));
    const target = { consumerGroup: liveGroup, generation: number };
    await dataSource.transaction((manager) =>
      applyClaimedEvents(manager, batchApplier, target, inboxEntries(events), prepared, copyRowsIn),
    );
  }

  private async tick(): Promise<void> {
    if (this.ticking) return;
    this.ticking = true;
    try {
      const { generations, liveGroup } = this.deps;
      const number = this.generation.generation;
      await generations.recordApplied(number, this.applied);
      if (!hasCaughtUp(this.generation.endOffsets, this.nextOffsets)) return;
      if (!this.indexesBuilt) {
        await buildSecondaryIndexes(this.deps.dataSource, number);
        this.indexesBuilt = true;
      }
      const outcome = await generations.switchOver(number, liveGroup);
      if (outcome === 'behind' || this.stopped) return;
      const msg = outcome === 'switched' ? 'rebuild switched over' : 'rebuild no longer building here, stopping';
      this.logger.log({ msg, generation: number, applied: this.applied });
      await this.stop();
    } catch (error) {
      this.logger.warn({ msg: 'rebuild tick failed, retrying', error: (error as Error).message });
    } finally {
      this.ticking = false;
    }
  }
}
