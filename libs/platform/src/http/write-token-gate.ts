import type { IncomingMessage, ServerResponse } from 'node:http';
import { BearerTokenCheck } from './bearer-token.guard';
import { RefusedAttempts } from './refused-attempts';

/** Every POST, PUT, PATCH and DELETE of these apps changes state: none of them is a read. */
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Refuses a write without the bearer token with 401 before the body parsers run,
 * so a client without the token cannot make the app buffer bodies up to the
 * limit or hold connections open by sending them slowly. The connection is
 * closed rather than drained of the unread body. Refusals are limited per
 * client address (429 beyond `refusalsPerMinute`), apart from the per-token
 * write limit, so they never take from a token holder's allowance.
 */
export function writeTokenGate(
  apiToken: string,
  refusalsPerMinute: number,
  attempts = new RefusedAttempts(refusalsPerMinute),
) {
  const check = new BearerTokenCheck(apiToken);
  return (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void): void => {
    if (!WRITE_METHODS.has(request.method ?? '')) return next();
    const refusal = check.refusal(request.headers.authorization);
    if (refusal === null) return next();
    const tooMany = attempts.recordAndCheck(request.socket?.remoteAddress ?? 'unknown');
    const [statusCode, message] = tooMany
      ? [429, 'too many writes without a valid bearer token from this address: try again in a minute']
      : [401, refusal];
    response.writeHead(statusCode, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
    response.end(JSON.stringify({ statusCode, message }));
  };
}
