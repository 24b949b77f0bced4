import { decodeEvent } from '@palimpsest/contracts';
import { readTopicToEnd } from '@palimpsest/kafka';
import type { Kafka } from 'kafkajs';
import { AssignerProtocol } from 'kafkajs';

/** How the revisions topic kept each report's events: one partition, revisions in order. */
export interface ReportOrderInLog {
  reports: number;
  events: number;
  /** Reports whose events landed on more than one partition (their order would then be lost). */
  onSeveralPartitions: string[];
  /** Reports whose revisions, first copies only (a retried send may repeat one), do not run 1, 2, 3, ... */
  outOfOrder: string[];
}

export async function reportOrderInLog(kafka: Kafka, topic: string): Promise<ReportOrderInLog> {
  const records = await readTopicToEnd(kafka, topic, { timeoutMs: 120_000 });
  const partitions = new Map<string, Set<number>>();
  const firstSeen = new Map<string, number[]>();
  for (const { partition, message } of records) {
    const decoded = decodeEvent(message.value);
    if (!decoded.ok || decoded.event.type !== 'RevisionRecorded') continue;
    const { reportId } = decoded.event;
    const revision = (decoded.event.payload as { revision: number }).revision;
    partitions.set(reportId, (partitions.get(reportId) ?? new Set()).add(partition));
    const revisions = firstSeen.get(reportId) ?? [];
    if (!revisions.includes(revision)) revisions.push(revision);
    firstSeen.set(reportId, revisions);
  }
  return {
    reports: firstSeen.size,
    events: records.length,
    onSeveralPartitions: [...partitions].filter(([, seen]) => seen.size > 1).map(([reportId]) => reportId),
    outOfOrder: [...firstSeen]
      .filter(([, revisions]) => revisions.some((revision, index) => revision !== index + 1))
      .map(([reportId]) => reportId),
  };
}

/** Partitions each member of a consumer group holds, once the group is stable. */
export async function partitionsPerMember(kafka: Kafka, groupId: string): Promise<number[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const {
      groups: [group],
    } = await admin.describeGroups([groupId]);
    if (group.state !== 'Stable') return [];
    return group.members.map((member) => {
      const assignment = AssignerProtocol.MemberAssignment.decode(member.memberAssignment)?.assignment ?? {};
      return Object.values(assignment).reduce((sum, partitions) => sum + partitions.length, 0);
    });
  } finally {
    await admin.disconnect();
  }
}

/** Replication of a topic as the cluster reports it: replicas and in-sync replicas per partition. */
export async function replicationOf(kafka: Kafka, topic: string) {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const { topics } = await admin.fetchTopicMetadata({ topics: [topic] });
    return topics[0].partitions.map(({ partitionId, leader, replicas, isr }) => ({
      partitionId,
      leader,
      replicas,
      isr,
    }));
  } finally {
    await admin.disconnect();
  }
}

/** Partitions where a group's committed offset is behind the log's end: where it is stuck, if it is. */
export async function groupPositions(kafka: Kafka, groupId: string, topics: string[]): Promise<string> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const behind: string[] = [];
    for (const topic of topics) {
      const ends = new Map((await admin.fetchTopicOffsets(topic)).map(({ partition, high }) => [partition, high]));
      const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
      for (const { partition, offset } of committed.partitions) {
        const end = ends.get(partition);
        if (end !== undefined && offset !== end) behind.push(`${topic}[${partition}] at ${offset} of ${end}`);
      }
    }
    const {
      groups: [group],
    } = await admin.describeGroups([groupId]);
    return `${groupId} (${group.state}, ${group.members.length} members): ${behind.length ? behind.join(', ') : 'at the end'}`;
  } finally {
    await admin.disconnect();
  }
}
