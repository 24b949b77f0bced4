import { z } from 'zod/v4';
import { isoInstant } from '../schemas';

export const SOURCE_FAILING = 'SourceFailing';

/**
 * A watched URL of a source failed `consecutiveFailures` times in a row.
 * Emitted once per failure streak, keyed by the failing URL's report id, so
 * operators learn that a watcher broke instead of it failing silently.
 */
export const sourceFailingV1 = z.object({
  sourceId: z.string().min(1),
  sourceKind: z.enum(['url', 'feed', 'sitemap']),
  sourceUrl: z.string().url(),
  /** The URL that failed: the source itself, or a page found in its feed or sitemap. */
  url: z.string().url(),
  consecutiveFailures: z.number().int().positive(),
  firstFailedAt: isoInstant,
  lastError: z.string(),
});

export type SourceFailingPayload = z.infer<typeof sourceFailingV1>;
