import type { EventEnvelope } from './envelope';
import type { EventType, PayloadOf } from './events';
import { EVENT_DEFINITIONS } from './events';
import { deterministicId } from './ids';

export interface EventOrigin {
  reportId: string;
  occurredAt: string;
  effectiveAt: string;
  /** The event or capture this one follows from; its id seeds this event's id. */
  causationId: string | null;
  correlationId: string;
}

/**
 * Builds an event at its current schema version. `idParts` name what caused
 * it, so the id is the same whenever the same input is processed again.
 */
export function createEvent<T extends EventType>(
  type: T,
  origin: EventOrigin,
  payload: PayloadOf<T>,
  idParts: Array<string | number>,
): EventEnvelope<T, PayloadOf<T>> {
  return {
    id: deterministicId(type, origin.reportId, ...idParts),
    type,
    schemaVersion: EVENT_DEFINITIONS[type].current,
    ...origin,
    payload,
  };
}
