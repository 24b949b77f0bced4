import type { PartitionLag } from '@palimpsest/platform';

export interface Reachability {
  reachable: boolean;
  detail: string;
}

export interface GroupHealth {
  app: string;
  group: string;
  /** Kafka's group state: Stable, Empty (no member), PreparingRebalance, ..., Dead (unknown group). */
  state: string;
  running: boolean;
  lag: number;
  partitions: PartitionLag[];
  eventsPerSecond: number | null;
  /** Seconds since the group last made progress; null until it has been seen to. */
  lastEventAgeSeconds: number | null;
}

export interface PipelineHealth {
  checkedAt: string;
  broker: Reachability;
  database: Reachability;
  groups: GroupHealth[];
  deadLetters: { topic: string; total: number; partitions: Array<{ partition: number; count: number }> };
}
