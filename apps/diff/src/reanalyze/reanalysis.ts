import { Logger } from '@nestjs/common';
import { decodeEvent } from '@palimpsest/contracts';
import { Consumer, EachMessagePayload } from 'kafkajs';
import { DiffResources } from '../diff-resources';
import { AnalyzeRevisionService } from '../revisions/analyze-revision/analyze-revision.service';
import { reachedEnds, readTopicEnds } from './revisions-extent';

export type ReanalysisStatus = 'running' | 'done' | 'failed';

const TICK_MS = 250;

/**
 * One replay of the revisions topic from the beginning with a fresh consumer
 * group, deriving every revision's figures and changes again with the current
 * analyzer version. Revisions stay as recorded; new derivations carry the new
 * version in their ids (invariant 3), so versions already derived add nothing.
 */
export class Reanalysis {
  private readonly logger = new Logger(Reanalysis.name);
  private readonly next = new Map<number, bigint>();
  private readonly startedAt = new Date();
  private ends = new Map<number, bigint>();
  private consumer: Consumer | null = null;
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
    this.consumer = kafka.consumer({
      groupId: `${config.consumerGroup}.reanalyze-${this.id}`,
      allowAutoTopicCreation: false,
      maxWaitTimeInMs: 500,
    });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [topics.revisions], fromBeginning: true });
    await this.consumer.run({ eachMessage: (payload) => this.reanalyze(payload) });
    this.timer = setInterval(() => void this.finishWhenDone(), TICK_MS);
  }

  async stop(status: ReanalysisStatus = 'done'): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.consumer?.disconnect();
    this.consumer = null;
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

  private async reanalyze({ topic, partition, message }: EachMessagePayload): Promise<void> {
    const end = this.ends.get(partition);
    if (end === undefined || BigInt(message.offset) >= end) return;
    const decoded = decodeEvent(message.value);
    if (decoded.ok && decoded.event.type === 'RevisionRecorded') {
      const consumer = `${this.resources.config.consumerGroup}:reanalyze:${this.analyzerVersion}`;
      await this.analyzeRevision.analyze(
        [{ event: decoded.event, position: { topic, partition, offset: message.offset } }],
        consumer,
      );
    }
    this.next.set(partition, BigInt(message.offset) + 1n);
    this.appliedEvents++;
  }

  private async finishWhenDone(): Promise<void> {
    if (this.status !== 'running' || !reachedEnds(this.ends, this.next)) return;
    this.logger.log({ msg: 'reanalysis done', id: this.id, version: this.analyzerVersion, events: this.appliedEvents });
    await this.stop('done');
  }
}
