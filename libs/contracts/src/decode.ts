import { isUtf8 } from 'node:buffer';
import { z } from 'zod/v4';
import type { EventEnvelope } from './envelope';
import type { EventType, PalimpsestEvent } from './events';
import { EVENT_DEFINITIONS, isEventType } from './events';
import { isoInstant } from './schemas';
import { upcastPayload } from './upcasters';

/** Why a message could not be read as an event; each lands in the dead-letter topic under this name. */
export type DecodeFailureReason =
  'not-utf8' | 'invalid-json' | 'invalid-envelope' | 'unknown-type' | 'unsupported-version' | 'invalid-payload';

export type DecodeResult =
  { ok: true; event: PalimpsestEvent } | { ok: false; reason: DecodeFailureReason; detail: string };

const envelopeSchema = z.object({
  id: z.string().min(1),
  type: z.string().min(1),
  schemaVersion: z.number().int().positive(),
  reportId: z.string().min(1),
  occurredAt: isoInstant,
  effectiveAt: isoInstant,
  causationId: z.string().nullable(),
  correlationId: z.string().min(1),
  payload: z.unknown(),
});

const fail = (reason: DecodeFailureReason, detail: string): DecodeResult => ({ ok: false, reason, detail });

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

/** Reads raw bytes from the log as a validated event; never throws. */
export function decodeEvent(raw: Buffer | string | null): DecodeResult {
  if (raw === null) return fail('invalid-json', 'empty message');
  if (typeof raw !== 'string' && !isUtf8(raw)) return fail('not-utf8', 'message value is not valid UTF-8');
  const text = typeof raw === 'string' ? raw : raw.toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail('invalid-json', (error as Error).message);
  }
  return validateEvent(json);
}

/** Validates an already-parsed value as an event of a known type and supported version. */
export function validateEvent(json: unknown): DecodeResult {
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) return fail('invalid-envelope', describeIssues(envelope.error));
  const { type, schemaVersion } = envelope.data;
  if (!isEventType(type)) return fail('unknown-type', `unknown event type "${type}"`);
  const schema = EVENT_DEFINITIONS[type].schemas[schemaVersion];
  if (!schema) {
    return fail('unsupported-version', `${type} schema version ${schemaVersion} is not supported`);
  }
  const payload = schema.safeParse(envelope.data.payload);
  if (!payload.success) return fail('invalid-payload', `${type}: ${describeIssues(payload.error)}`);
  return upcast({ ...envelope.data, type, payload: payload.data });
}

/** Old versions are read as the current one, so handlers see one shape per event type. */
function upcast(event: EventEnvelope<EventType>): DecodeResult {
  const { current } = EVENT_DEFINITIONS[event.type];
  if (event.schemaVersion === current) return { ok: true, event: event as PalimpsestEvent };
  const lifted = EVENT_DEFINITIONS[event.type].schemas[current].safeParse(
    upcastPayload(event.type, event.payload, event.schemaVersion, current),
  );
  if (!lifted.success) {
    return fail('unsupported-version', `${event.type} v${event.schemaVersion} cannot be upcast to v${current}`);
  }
  return { ok: true, event: { ...event, schemaVersion: current, payload: lifted.data } as PalimpsestEvent };
}
