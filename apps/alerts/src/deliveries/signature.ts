import { createHmac, timingSafeEqual } from 'node:crypto';
import { deterministicId } from '@palimpsest/contracts';

export const DELIVERY_HEADERS = {
  id: 'x-palimpsest-delivery',
  timestamp: 'x-palimpsest-timestamp',
  signature: 'x-palimpsest-signature',
} as const;

/** The same on every attempt and every redelivery, so a receiver can deduplicate by it. */
export function deliveryIdFor(subscriptionId: string, eventId: string): string {
  return deterministicId('alert-delivery', subscriptionId, eventId);
}

/**
 * A revision's figure changes make one alert per subscription, whichever analysis of the revision
 * completes first and however often its events are replayed.
 */
export function revisionDeliveryIdFor(subscriptionId: string, reportId: string, revision: number): string {
  return deterministicId('revision-alert-delivery', subscriptionId, reportId, revision);
}

/** "sha256=" + hex HMAC-SHA256 of `${timestamp}.${body}`: the timestamp is signed so a captured request cannot be replayed later. */
export function signDelivery(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function isValidSignature(secret: string, timestamp: string, body: string, signature: string): boolean {
  const expected = Buffer.from(signDelivery(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
