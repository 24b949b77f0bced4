import type {
  RevisionAnalyzedPayload,
  RevisionAnalyzedPayloadV1,
  RevisionRecordedPayload,
  RevisionRecordedPayloadV1,
} from './events';
import { REVISION_ANALYZED, REVISION_RECORDED } from './events';

/** Turns a validated payload of version n into one of version n + 1. */
type Upcaster = (payload: any) => unknown;

/**
 * Old versions stay in the log for ever (docs/architecture.md, invariant 1), so every reader lifts
 * them to the current version on decode and handlers only ever see the current
 * shape (emmett `eventStore/versioning/upcasting.ts`). Keyed by type, then by
 * the version an upcaster reads.
 */
const UPCASTERS: Record<string, Record<number, Upcaster>> = {
  [REVISION_RECORDED]: {
    1: (payload: RevisionRecordedPayloadV1): RevisionRecordedPayload => ({ ...payload, captureSource: 'unrecorded' }),
  },
  [REVISION_ANALYZED]: {
    // Before v2 no figure was cut and no cap was recorded: the figures it carries are all it found.
    1: (payload: RevisionAnalyzedPayloadV1): RevisionAnalyzedPayload => ({
      ...payload,
      limits: { figuresFound: payload.figures.length, figureLimit: null, capsHit: [] },
    }),
  },
};

/** Lifts `payload` from `fromVersion` to `toVersion`, one step at a time; null when a step is missing. */
export function upcastPayload(type: string, payload: unknown, fromVersion: number, toVersion: number): unknown {
  let current = payload;
  for (let version = fromVersion; version < toVersion; version++) {
    const step = UPCASTERS[type]?.[version];
    if (!step) return null;
    current = step(current);
  }
  return current;
}
