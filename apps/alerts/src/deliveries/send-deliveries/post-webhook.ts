import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { hostOf, RefusedAddressError } from '@palimpsest/platform';
import { refusalReason } from '../../webhook-target/address-policy';
import { guardedLookup } from '../../webhook-target/guarded-lookup';
import { parseRetryAfter } from './retry-after';
import type { AttemptOutcome } from './retry-policy';

export interface WebhookPost {
  url: string;
  body: string;
  headers: Record<string, string>;
}

export interface PostOptions {
  timeoutMs: number;
  allowlist: readonly string[];
  /** Aborted when the app shuts down: the attempt is then abandoned, not recorded. */
  signal: AbortSignal;
}

/** One POST; never throws for what the receiver or the network did, only when `signal` aborts. */
export function postWebhook(post: WebhookPost, options: PostOptions): Promise<AttemptOutcome> {
  const url = new URL(post.url);
  const host = hostOf(url);
  // A literal IP is connected to without a lookup, so it is checked here.
  const literalRefusal = isIP(host) ? refusalReason(host, [host], options.allowlist) : null;
  if (literalRefusal) return Promise.resolve({ kind: 'refused-address', error: literalRefusal });
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(post.body), ...post.headers },
      lookup: guardedLookup(options.allowlist),
      signal: options.signal,
    });
    // One deadline for the whole exchange up to the status line, however slowly the receiver trickles.
    const deadline = setTimeout(() => {
      req.destroy();
      resolve({ kind: 'timeout' });
    }, options.timeoutMs);
    req.on('response', (response) => {
      clearTimeout(deadline);
      // The status is the answer; the body is drained and ignored.
      response.resume();
      const retryAfterMs = parseRetryAfter(response.headers['retry-after'], Date.now());
      resolve({ kind: 'response', status: response.statusCode ?? 0, retryAfterMs });
    });
    req.on('error', (error) => {
      clearTimeout(deadline);
      if (options.signal.aborted) return reject(error);
      if (error instanceof RefusedAddressError) return resolve({ kind: 'refused-address', error: error.message });
      resolve({ kind: 'network-error', error: (error as NodeJS.ErrnoException).code ?? error.message });
    });
    req.end(post.body);
  });
}
