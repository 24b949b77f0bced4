import type { SourceFailing } from '@palimpsest/contracts';
import { canonicalUrl, createEvent, deterministicId, reportIdFor, SOURCE_FAILING } from '@palimpsest/contracts';
import type { WatchedTarget } from '../source';

export interface FailureStreak {
  consecutiveFailures: number;
  failingSince: string;
}

/** The target's streak after one more failure at `now`. */
export function extendStreak(target: WatchedTarget, now: string): FailureStreak {
  return { consecutiveFailures: target.consecutiveFailures + 1, failingSince: target.failingSince ?? now };
}

/**
 * SourceFailing when this failure makes the streak reach the threshold: once
 * per streak, with an id derived from the streak's start, so a retried poll
 * emits the same event. Keyed by the failing URL's report id, the partition
 * its captures would use.
 */
export function planSourceFailing(
  target: WatchedTarget,
  streak: FailureStreak,
  error: string,
  now: string,
  threshold: number,
): SourceFailing | null {
  if (streak.consecutiveFailures !== threshold) return null;
  const reportId = reportIdFor(canonicalUrl(target.url));
  return createEvent(
    SOURCE_FAILING,
    {
      reportId,
      occurredAt: now,
      effectiveAt: streak.failingSince,
      causationId: null,
      correlationId: deterministicId('source', target.sourceId),
    },
    {
      sourceId: target.sourceId,
      sourceKind: target.sourceKind,
      sourceUrl: target.sourceUrl,
      url: target.url,
      consecutiveFailures: streak.consecutiveFailures,
      firstFailedAt: streak.failingSince,
      lastError: error,
    },
    [target.sourceId, target.url, streak.failingSince],
  );
}
