import { hostOf, RefusedAddressError } from '@palimpsest/platform';
import type { IncomingMessage } from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import type { FetchPolicy } from '../sources-config';
import { sourceAddressRefusal, sourceLookup } from './address-guard';
import { FetchFailedError } from './fetch-errors';

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export interface HttpAnswer {
  status: number;
  /** The URL that answered, after redirects. */
  url: string;
  contentType: string;
  etag: string | null;
  lastModified: string | null;
  body: Buffer;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * GET with the source policy: user agent, conditional headers, an overall
 * timeout, a size limit on the decoded body, redirects followed up to a limit
 * and every hop's address checked (IP literals here, names at connect time).
 */
export async function httpGet(raw: string, policy: FetchPolicy, validators: Validators | null): Promise<HttpAnswer> {
  let url = new URL(raw);
  for (let hop = 0; ; hop++) {
    const answer = await getOnce(url, policy, validators);
    const location = answer.location;
    if (!REDIRECTS.has(answer.status) || !location) return answer;
    if (hop >= policy.maxRedirects)
      throw new FetchFailedError(`more than ${policy.maxRedirects} redirects from ${raw}`);
    url = new URL(location, url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new FetchFailedError(`redirect to ${url.protocol} refused`);
  }
}

function getOnce(
  url: URL,
  policy: FetchPolicy,
  validators: Validators | null,
): Promise<HttpAnswer & { location?: string }> {
  const host = hostOf(url);
  const literalRefusal = isIP(host) ? sourceAddressRefusal(policy.allowlist)(host, [host]) : null;
  if (literalRefusal) return Promise.reject(new FetchFailedError(literalRefusal));
  const headers: Record<string, string> = {
    'user-agent': policy.userAgent,
    accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5',
    'accept-encoding': 'gzip, deflate, br',
  };
  if (validators?.etag) headers['if-none-match'] = validators.etag;
  if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const fail = (error: Error) =>
      reject(error instanceof RefusedAddressError ? new FetchFailedError(error.message) : error);
    const req = request(url, { method: 'GET', headers, lookup: sourceLookup(policy.allowlist) }, (response) => {
      readBody(response, policy.maxBytes)
        .then((body) => resolve(answerOf(url, response, body)))
        .catch(fail);
    });
    req.setTimeout(policy.timeoutMs, () =>
      req.destroy(new FetchFailedError(`no answer from ${url.host} within ${policy.timeoutMs} ms`)),
    );
    req.on('error', (error) =>
      fail(error instanceof FetchFailedError ? error : new FetchFailedError(`${url.host}: ${error.message}`)),
    );
    req.end();
  });
}

function answerOf(url: URL, response: IncomingMessage, body: Buffer): HttpAnswer & { location?: string } {
  const header = (name: string) => {
    const value = response.headers[name];
    return typeof value === 'string' ? value : null;
  };
  return {
    status: response.statusCode ?? 0,
    url: url.toString(),
    contentType: header('content-type') ?? '',
    etag: header('etag'),
    lastModified: header('last-modified'),
    location: header('location') ?? undefined,
    body,
  };
}

async function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (declared > maxBytes) {
    response.destroy();
    throw new FetchFailedError(`the answer is ${declared} bytes, more than SOURCE_FETCH_MAX_BYTES (${maxBytes})`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of decoded(response)) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      response.destroy();
      throw new FetchFailedError(`the answer is more than SOURCE_FETCH_MAX_BYTES (${maxBytes}) bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function decoded(response: IncomingMessage): Readable {
  const encoding = String(response.headers['content-encoding'] ?? '').toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return response.pipe(createGunzip());
  if (encoding === 'deflate') return response.pipe(createInflate());
  if (encoding === 'br') return response.pipe(createBrotliDecompress());
  return response;
}
