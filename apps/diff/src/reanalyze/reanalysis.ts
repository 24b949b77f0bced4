import { Logger } from '@nestjs/common';
import { decodeEvent } from '@palimpsest/contracts';
import { BatchConsumerGroup } from '@palimpsest/kafka';
import type { EachBatchPayload } from 'kafkajs';
import type { DiffResources } from '../diff-resources';
import type { AnalyzeRevisionService, RecordedAt } from '../revisions/analyze-revision/analyze-revision.service';
import { reachedEnds, readTopicEnds } from './revisions-extent';

export type ReanalysisStatus = 'running' | 'done' | 'failed';

const TICK_MS = 250;

/**
 * One replay of the revisions topic from the beginning with a fresh consumer
 * group, deriving every revision's figures and changes again with the current
 * analyzer version. Revisions stay as recorded; new derivations carry the new
 * version in their ids (docs/architecture.md, invariant 3), so versions already derived add nothing.
 *
 * It reads a partition's batch at a time through BatchConsumerGroup and hands
 * each piece's revisions to AnalyzeRevisionService in one call (one
 * transaction), as the live consumer does, but without EventConsumer: what
 * cannot be decoded or analysed was dead-lettered when it first arrived, and
 * must not be dead-lettered again by a replay. A piece that fails is read
 * again (kafkajs retries the batch, then restarts from the committed offsets).
 */
export class Reanalysis {
  private readonly logger = new Logger(Reanalysis.name);
  private readonly next = new Map<number, bigint>();
  private readonly startedAt = new Date();
  private ends = new Map<number, bigint>();
  private group: BatchConsumerGroup | null = null;
  private timer: NodeJS.Timeout | null = null;
  status: ReanalysisStatus = 'running';
  totalEvents = 0;
  appliedEvents = 0;
  finishedAt: Date | null = null;
  error: string | null = null;

  constructor(
    readonly id: string,
    private readonly resources: DiffResources,
    private readonly analyzeRevision: AnalyzeRevisionService,
  ) {}

  get analyzerVersion(): string {
    return this.resources.config.analyzerVersion;
  }

  async start(): Promise<void> {
    const { kafka, topics, config } = this.resources;
    const extent = await readTopicEnds(kafka, topics.revisions);
    this.ends = extent.ends;
    this.totalEvents = extent.total;
    const groupId = `${config.consumerGroup}.reanalyze-${this.id}`;
    this.group = new BatchConsumerGroup({
      brokers: config.kafkaBrokers,
      clientId: `palimpsest-${groupId}`,
      groupId,
      topics: [topics.revisions],
      partitionsConcurrency: config.consumer.partitionsConcurrency,
      fromBeginning: true,
      restartAfterCrash: () => this.status === 'running',
    });
    await this.group.start((payload) => this.reanalyze(payload));
    this.timer = setInterval(() => void this.finishWhenDone(), TICK_MS);
  }

  async stop(status: ReanalysisStatus = 'done'): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.group?.stop();
    this.group = null;
    if (this.status === 'running') this.status = status;
    this.finishedAt ??= new Date();
  }

  view() {
    const seconds = ((this.finishedAt ?? new Date()).getTime() - this.startedAt.getTime()) / 1000;
    return {
      id: this.id,
      analyzerVersion: this.analyzerVersion,
      status: this.status,
      totalEvents: this.totalEvents,
      appliedEvents: this.appliedEvents,
      eventsPerSecond: seconds > 0 ? Math.round(this.appliedEvents / seconds) : 0,
      startedAt: this.startedAt.toISOString(),
      finishedAt: this.finishedAt?.toISOString() ?? null,
      error: this.error,
    };
  }

  /** One partition's fetched batch, in pieces of the consumer batch size: each piece's revisions analysed in one call. */
  private async reanalyze(payload: EachBatchPayload): Promise<void> {
    const { topic, partition, messages } = payload.batch;
    const end = this.ends.get(partition);
    const consumer = `${this.resources.config.consumerGroup}:reanalyze:${this.analyzerVersion}`;
    const size = this.resources.config.consumer.batchSize;
    for (let start = 0; start < messages.length; start += size) {
      if (!payload.isRunning() || payload.isStale() || this.status !== 'running') return;
      const piece = messages.slice(start, start + size);
      // What came after the ends taken at the start is the live consumer's: it analyses them already.
      const replayed = piece.filter((message) => end !== undefined && BigInt(message.offset) < end);
      const revisions: RecordedAt[] = [];
      for (const message of replayed) {
        const decoded = decodeEvent(message.value);
        if (decoded.ok && decoded.event.type === 'RevisionRecorded') {
          revisions.push({ event: decoded.event, position: { topic, partition, offset: message.offset } });
        }
      }
      await this.analyzeRevision.analyze(revisions, consumer);
      payload.resolveOffset(piece[piece.length - 1].offset);
      await payload.commitOffsetsIfNecessary();
      if (replayed.length > 0) {
        this.next.set(partition, BigInt(replayed[replayed.length - 1].offset) + 1n);
        this.appliedEvents += replayed.length;
      }
      await payload.heartbeat();
    }
  }

  private async finishWhenDone(): Promise<void> {
    if (this.status !== 'running' || !reachedEnds(this.ends, this.next)) return;
    this.logger.log({ msg: 'reanalysis done', id: this.id, version: this.analyzerVersion, events: this.appliedEvents });
    await this.stop('done');
  }
}
