import type { IncomingMessage, ServerResponse } from 'node:http';

/** "%00" in any case: a NUL once the path or query is decoded. */
const ENCODED_NUL = /%00/i;

/**
 * Refuses a request whose path or query carries a NUL character, with 400
 * and the reason, before routing. No text any app stores or looks up may
 * hold NUL (Postgres text cannot), so refusing it at the edge spares every
 * parameter its own check and every query a database error.
 */
export function refuseNulInUrl(
  request: IncomingMessage,
  response: ServerResponse,
  next: (error?: unknown) => void,
): void {
  const url = request.url ?? '';
  if (!ENCODED_NUL.test(url) && !url.includes('\u0000')) return next();
  response.writeHead(400, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify({ statusCode: 400, message: 'the path or query contains a NUL character (%00)' }));
}
