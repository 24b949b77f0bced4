import { Injectable } from '@nestjs/common';
import { createKafkaClient, EventConsumer } from '@palimpsest/kafka';
import { Closeables, lazyAdmin, readGroupLag } from '@palimpsest/platform';
import { Admin } from 'kafkajs';
import { ProjectionResources } from '../projection-resources';
import { GroupProgress } from './group-progress';
import { GroupHealth, PipelineHealth, Reachability } from './pipeline-health';
import { pipelineGroups, WatchedGroup } from './pipeline-groups';

/** States in which a group has live members consuming (kafkajs GroupDescription.state). */
const RUNNING_STATES = new Set(['Stable', 'PreparingRebalance', 'CompletingRebalance']);

/** Lag, throughput, dead letters and reachability of the whole pipeline, as seen from the broker. */
@Injectable()
export class PipelineHealthService {
  private readonly admin: () => Promise<Admin>;
  private readonly progress = new GroupProgress();
  private ownLastEventAt: number | null = null;

  constructor(
    private readonly resources: ProjectionResources,
    consumer: EventConsumer,
    closeables: Closeables,
  ) {
    const { config } = resources;
    const kafka = createKafkaClient({ brokers: config.kafkaBrokers, clientId: 'palimpsest-projection-health' });
    this.admin = lazyAdmin(kafka, closeables);
    consumer.observe(({ outcome }) => {
      if (outcome === 'processed') this.ownLastEventAt = Date.now();
    });
  }

  async check(now = Date.now()): Promise<PipelineHealth> {
    const [database, kafkaView] = await Promise.all([this.database(), this.kafkaView(now)]);
    return { checkedAt: new Date(now).toISOString(), database, ...kafkaView };
  }

  private async database(): Promise<Reachability> {
    try {
      await this.resources.dataSource.query('SELECT 1');
      return { reachable: true, detail: 'SELECT 1 answered' };
    } catch (error) {
      return { reachable: false, detail: (error as Error).message };
    }
  }

  private async kafkaView(now: number): Promise<Omit<PipelineHealth, 'checkedAt' | 'database'>> {
    const { topics, config } = this.resources;
    const empty = { topic: topics.deadLetter, total: 0, partitions: [] };
    try {
      const admin = await this.admin();
      const cluster = await admin.describeCluster();
      const watched = pipelineGroups(config.pipelineGroups, topics);
      const { groups: described } = await admin.describeGroups(watched.map((group) => group.group));
      const states = new Map(described.map((group) => [group.groupId, group.state]));
      const groups = await Promise.all(watched.map((group) => this.groupHealth(admin, group, states, now)));
      const dlq = await admin.fetchTopicOffsets(topics.deadLetter);
      const partitions = dlq.map(({ partition, high, low }) => ({ partition, count: Number(high) - Number(low) }));
      const deadLetters = { ...empty, total: partitions.reduce((sum, { count }) => sum + count, 0), partitions };
      const broker = {
        reachable: true,
        detail: `${cluster.brokers.length} broker(s), controller ${cluster.controller}`,
      };
      return { broker, groups, deadLetters };
    } catch (error) {
      return { broker: { reachable: false, detail: (error as Error).message }, groups: [], deadLetters: empty };
    }
  }

  private async groupHealth(admin: Admin, watched: WatchedGroup, states: Map<string, string>, now: number) {
    const partitions = await readGroupLag(admin, watched.group, watched.topics);
    const committed = partitions.reduce((sum, partition) => sum + (partition.committed ?? 0), 0);
    const { eventsPerSecond, lastProgressAt } = this.progress.record(watched.group, committed, now);
    const own = watched.group === this.resources.config.consumerGroup;
    const lastAt = own ? this.ownLastEventAt : lastProgressAt;
    const state = states.get(watched.group) ?? 'Dead';
    const health: GroupHealth = {
      app: watched.app,
      group: watched.group,
      state,
      running: own || RUNNING_STATES.has(state),
      lag: partitions.reduce((sum, partition) => sum + partition.lag, 0),
      partitions,
      eventsPerSecond,
      lastEventAgeSeconds: lastAt === null ? null : Math.max(0, (now - lastAt) / 1000),
    };
    return health;
  }
}
