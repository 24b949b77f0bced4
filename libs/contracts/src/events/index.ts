import type { z } from 'zod/v4';
import type { EventEnvelope } from '../envelope';
import type { AmendmentNotedPayload } from './amendment-noted';
import { AMENDMENT_NOTED, amendmentNotedV1 } from './amendment-noted';
import type { FigureChangedPayload } from './figure-changed';
import { FIGURE_CHANGED, figureChangedV1 } from './figure-changed';
import type { RevisionAnalyzedPayload } from './revision-analyzed';
import { REVISION_ANALYZED, revisionAnalyzedV1, revisionAnalyzedV2 } from './revision-analyzed';
import type { RevisionRecordedPayload } from './revision-recorded';
import { REVISION_RECORDED, revisionRecordedV1, revisionRecordedV2 } from './revision-recorded';
import type { SourceFailingPayload } from './source-failing';
import { SOURCE_FAILING, sourceFailingV1 } from './source-failing';

export * from './amendment-noted';
export * from './figure-changed';
export * from './revision-analyzed';
export * from './revision-recorded';
export * from './source-failing';

export type RevisionRecorded = EventEnvelope<typeof REVISION_RECORDED, RevisionRecordedPayload>;
export type AmendmentNoted = EventEnvelope<typeof AMENDMENT_NOTED, AmendmentNotedPayload>;
export type RevisionAnalyzed = EventEnvelope<typeof REVISION_ANALYZED, RevisionAnalyzedPayload>;
export type FigureChanged = EventEnvelope<typeof FIGURE_CHANGED, FigureChangedPayload>;
export type SourceFailing = EventEnvelope<typeof SOURCE_FAILING, SourceFailingPayload>;

export type PalimpsestEvent = RevisionRecorded | AmendmentNoted | RevisionAnalyzed | FigureChanged | SourceFailing;
export type EventType = PalimpsestEvent['type'];
export type PayloadOf<T extends EventType> = Extract<PalimpsestEvent, { type: T }>['payload'];

interface EventDefinition {
  /** The version producers write today. */
  current: number;
  /** Validators by schema version; older versions are upcast to `current` when read. */
  schemas: Record<number, z.ZodTypeAny>;
}

export const EVENT_DEFINITIONS: Record<EventType, EventDefinition> = {
  [REVISION_RECORDED]: { current: 2, schemas: { 1: revisionRecordedV1, 2: revisionRecordedV2 } },
  [AMENDMENT_NOTED]: { current: 1, schemas: { 1: amendmentNotedV1 } },
  [REVISION_ANALYZED]: { current: 2, schemas: { 1: revisionAnalyzedV1, 2: revisionAnalyzedV2 } },
  [FIGURE_CHANGED]: { current: 1, schemas: { 1: figureChangedV1 } },
  [SOURCE_FAILING]: { current: 1, schemas: { 1: sourceFailingV1 } },
};

export function isEventType(type: unknown): type is EventType {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(EVENT_DEFINITIONS, type);
}
