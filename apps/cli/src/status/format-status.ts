import { formatTable } from '../history/format-rows';
import type { PipelineStatus } from './pipeline-status';

const dash = (value: string | null) => value ?? '-';

/** The health table: reachability, one row per consumer group, optionally every partition, dead letters. */
export function formatStatus(status: PipelineStatus, { partitions = false } = {}): string {
  const reach = (name: string, { reachable, detail }: { reachable: boolean; detail: string }) =>
    `${name.padEnd(9)}${reachable ? 'up  ' : 'DOWN'}  ${detail}`;
  const groups = status.groups.map((group) => ({
    app: group.app,
    group: group.group,
    state: group.running ? group.state : `${group.state} (not running)`,
    lag: group.lag,
    'events/s': dash(group.eventsPerSecond === null ? null : group.eventsPerSecond.toFixed(1)),
    'last event': dash(group.lastEventAgeSeconds === null ? null : `${group.lastEventAgeSeconds.toFixed(1)} s ago`),
  }));
  const sections = [
    [reach('broker', status.broker), reach('database', status.database)].join('\n') + '\n',
    formatTable(groups, ['app', 'group', 'state', 'lag', 'events/s', 'last event']),
  ];
  if (partitions) {
    const rows = status.groups.flatMap((group) =>
      group.partitions.map((p) => ({
        group: group.group,
        topic: p.topic,
        partition: p.partition,
        end: p.end,
        lag: p.lag,
      })),
    );
    sections.push(formatTable(rows, ['group', 'topic', 'partition', 'end', 'lag']));
  }
  sections.push(`dead letters: ${status.deadLetters.total} on ${status.deadLetters.topic}\n`);
  return sections.join('\n');
}

/** Healthy: broker and database reachable, every group consuming. */
export function isHealthy(status: PipelineStatus): boolean {
  return status.broker.reachable && status.database.reachable && status.groups.every((group) => group.running);
}
