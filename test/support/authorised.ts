import type { Pipeline } from './pipeline';

/** Headers for a write endpoint: the pipeline's bearer token plus `extra`. */
export function authorised(pipeline: Pipeline, extra: Record<string, string> = {}): Record<string, string> {
  return { ...extra, authorization: `Bearer ${pipeline.env.API_TOKEN}` };
}

/** POST with the pipeline's bearer token; the body is sent as given (string or bytes). */
export function postAuthorised(
  pipeline: Pipeline,
  url: string,
  body: string | Uint8Array,
  contentType: string,
): Promise<Response> {
  return fetch(url, { method: 'POST', headers: authorised(pipeline, { 'content-type': contentType }), body });
}

/** POST a JSON body with the pipeline's bearer token, answering status and parsed body. */
export async function postJsonAuthorised<T = any>(
  pipeline: Pipeline,
  url: string,
  body: unknown,
): Promise<{ status: number; body: T }> {
  const response = await postAuthorised(pipeline, url, JSON.stringify(body), 'application/json');
  return { status: response.status, body: (await response.json()) as T };
}

/** A capture in the README's curl form: the page as a raw text/plain body, url and observedAt (else now) in the query. */
export async function captureTextAs(
  pipeline: Pipeline,
  url: string,
  text: string,
  observedAt?: string,
): Promise<{ status: number; body: any }> {
  const query = new URLSearchParams(observedAt === undefined ? { url } : { url, observedAt });
  const response = await postAuthorised(pipeline, `${pipeline.url('ingest')}/captures?${query}`, text, 'text/plain');
  return { status: response.status, body: await response.json() };
}
