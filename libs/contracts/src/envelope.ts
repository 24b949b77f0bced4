/**
 * Every event on the log shares this envelope (docs/architecture.md, "Events").
 * `occurredAt` is transaction time (when we observed/recorded the fact),
 * `effectiveAt` is valid time (when the publisher says it took effect).
 */
export interface EventEnvelope<TType extends string = string, TPayload = unknown> {
  id: string;
  type: TType;
  schemaVersion: number;
  reportId: string;
  occurredAt: string;
  effectiveAt: string;
  causationId: string | null;
  correlationId: string;
  payload: TPayload;
}
