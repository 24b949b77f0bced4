export interface Progress {
  /** Committed offsets advanced per second since the previous look; null on the first look. */
  eventsPerSecond: number | null;
  /** When the committed offsets were last seen to advance (ms); null until they have been. */
  lastProgressAt: number | null;
}

interface Sample {
  committed: number;
  at: number;
  lastProgressAt: number | null;
}

/**
 * Throughput of a consumer group from how fast its committed offsets move
 * between two looks: the only view of another app's progress that needs no
 * access to that app (each service shares only events: docs/architecture.md, invariant 8).
 */
export class GroupProgress {
  private readonly samples = new Map<string, Sample>();

  record(group: string, committed: number, now: number): Progress {
    const previous = this.samples.get(group);
    if (!previous) {
      this.samples.set(group, { committed, at: now, lastProgressAt: null });
      return { eventsPerSecond: null, lastProgressAt: null };
    }
    const moved = committed - previous.committed;
    const seconds = (now - previous.at) / 1000;
    const lastProgressAt = moved > 0 ? now : previous.lastProgressAt;
    this.samples.set(group, { committed, at: now, lastProgressAt });
    const eventsPerSecond = seconds > 0 ? Math.max(0, moved) / seconds : null;
    return { eventsPerSecond, lastProgressAt };
  }
}
