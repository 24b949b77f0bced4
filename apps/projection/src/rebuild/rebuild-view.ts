import type { Generation } from './generations.repository';

/** Counters of the rebuild this instance runs; other instances have only what the runner recorded. */
export interface LiveProgress {
  appliedEvents: number;
  eventsPerSecond: number;
}

export interface RebuildView {
  id: number;
  projection: string;
  status: Generation['status'];
  totalEvents: number;
  appliedEvents: number;
  eventsPerSecond: number | null;
  startedAt: string;
  switchedAt: string | null;
  error: string | null;
}

/**
 * What `/admin/rebuilds` answers for a generation. The instance running the
 * rebuild answers with its live counters; any other instance (behind the same
 * load balancer) answers from the row the runner updates several times a
 * second, so a poller sees progress whichever instance it reaches.
 */
export function rebuildView(
  projection: string,
  generation: Generation,
  live: LiveProgress | null,
  now: number,
): RebuildView {
  const applied = live?.appliedEvents ?? generation.appliedEvents;
  return {
    id: generation.generation,
    projection,
    status: generation.status,
    totalEvents: generation.totalEvents,
    appliedEvents: Math.min(applied, generation.totalEvents),
    eventsPerSecond: live?.eventsPerSecond ?? recordedRate(generation, now),
    startedAt: generation.startedAt,
    switchedAt: generation.switchedAt,
    error: generation.error,
  };
}

/**
 * The rate from the recorded row: events applied over the time since the
 * start (up to the switch-over, once finished). After a takeover this is the
 * average over both runners, pause included. None for generation 1, which the
 * live consumer built, nor for a rebuild that ended otherwise.
 */
function recordedRate(generation: Generation, now: number): number | null {
  if (generation.rebuildGroup === null) return null;
  const end = generation.status === 'building' ? now : generation.switchedAt ? Date.parse(generation.switchedAt) : null;
  if (end === null) return null;
  const seconds = (end - Date.parse(generation.startedAt)) / 1000;
  if (seconds <= 0) return null;
  const applied = generation.status === 'building' ? generation.appliedEvents : generation.totalEvents;
  return Math.round(Math.min(applied, generation.totalEvents) / seconds);
}
