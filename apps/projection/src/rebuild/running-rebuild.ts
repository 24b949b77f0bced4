import { Logger } from '@nestjs/common';
import { decodeEvent } from '@palimpsest/contracts';
import { claimEvent } from '@palimpsest/persistence';
import { Consumer, EachMessagePayload, Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { ReadModelApplier } from '../projectors/read-model-applier';
import { hasCaughtUp, isBeforeEnd } from './catch-up';
import { readCommittedOffsets } from './log-extent';
import { managerForGeneration } from './generation-manager';
import { createGenerationTablesSql, generationConsumer } from './generation-tables';
import { Generation, GenerationsRepository } from './generations.repository';

export interface RebuildDependencies {
  kafka: Kafka;
  dataSource: DataSource;
  generations: GenerationsRepository;
  applier: ReadModelApplier;
  liveGroup: string;
  topics: string[];
}

const TICK_MS = 250;
const PARTITIONS_IN_PARALLEL = 4;

/**
 * One rebuild: a fresh consumer group reads both topics from the beginning
 * into the new generation's tables, through the same projectors and the same
 * inbox as the live consumer. Once it has reached the ends captured at the
 * start and at least the live consumer's positions, it switches the pointer.
 */
export class RunningRebuild {
  private readonly logger = new Logger(RunningRebuild.name);
  private readonly nextOffsets = new Map<string, bigint>();
  private readonly startedAt = Date.now();
  private readonly appliedAtStart: number;
  private applied: number;
  private consumer: Consumer | null = null;
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
    const { kafka, dataSource, topics } = this.deps;
    await dataSource.query(createGenerationTablesSql(this.generation.generation));
    const groupId = this.generation.rebuildGroup!;
    for (const [key, offset] of await readCommittedOffsets(kafka, groupId, topics)) this.nextOffsets.set(key, offset);
    if (this.stopped) return;
    const consumer = kafka.consumer({
      groupId,
      allowAutoTopicCreation: false,
      maxWaitTimeInMs: 500,
      // kafkajs restarts a crashed consumer by itself; one stopped here (its lock lost, say) must stay stopped.
      retry: { restartOnFailure: async () => !this.stopped },
    });
    this.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    // Partitions hold different reports, and the read models do not depend on how the two topics
    // interleave (the live consumer interleaves them as they come), so partitions are applied side by side.
    await consumer.run({
      partitionsConsumedConcurrently: PARTITIONS_IN_PARALLEL,
      eachMessage: (payload) => this.applyMessage(payload),
    });
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
      await this.consumer?.disconnect();
    } finally {
      this.consumer = null;
      this.finish();
    }
  }

  private async applyMessage({ topic, partition, message }: EachMessagePayload): Promise<void> {
    const { dataSource, applier, liveGroup } = this.deps;
    const number = this.generation.generation;
    // What cannot be decoded was dead-lettered by the live consumer when it first arrived.
    const decoded = decodeEvent(message.value);
    if (decoded.ok) {
      const position = { topic, partition, offset: message.offset };
      const prepared = applier.prepare(decoded.event);
      await dataSource.transaction(async (manager) => {
        const consumer = generationConsumer(liveGroup, number);
        if (await claimEvent(manager, 'projection', consumer, decoded.event.id, position)) {
          await applier.apply(managerForGeneration(manager, number), prepared);
        }
      });
    }
    const key = `${topic}:${partition}`;
    this.nextOffsets.set(key, BigInt(message.offset) + 1n);
    if (isBeforeEnd(this.generation.endOffsets, key, message.offset)) this.applied++;
  }

  private async tick(): Promise<void> {
    if (this.ticking) return;
    this.ticking = true;
    try {
      const { generations, liveGroup } = this.deps;
      const number = this.generation.generation;
      await generations.recordApplied(number, this.applied);
      if (!hasCaughtUp(this.generation.endOffsets, this.nextOffsets)) return;
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
