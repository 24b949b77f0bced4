/** Where the ingest API is and how to authenticate, from --api / --token, else PALIMPSEST_INGEST_API / API_TOKEN. */
export interface IngestApi {
  baseUrl: string;
  token: string | undefined;
}

export const DEFAULT_INGEST_API = 'http://127.0.0.1:3001';

export function ingestApiFrom(values: Record<string, unknown>, env: Record<string, string | undefined>): IngestApi {
  const api = typeof values.api === 'string' ? values.api : (env.PALIMPSEST_INGEST_API ?? DEFAULT_INGEST_API);
  const token = typeof values.token === 'string' ? values.token : env.API_TOKEN;
  return { baseUrl: api.replace(/(?<!\/)\/+$/, ''), token };
}

export interface IngestAnswer {
  status: number;
  body: unknown;
}

/** One JSON request to the ingest API; the answer's status and body, whatever they are. */
export async function callIngestApi(
  api: IngestApi,
  method: string,
  path: string,
  body?: unknown,
): Promise<IngestAnswer> {
  const response = await fetch(`${api.baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(api.token ? { authorization: `Bearer ${api.token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON (a proxy's error page): keep the text as the reason.
  }
  return { status: response.status, body: parsed };
}

/** The API's reason for a 4xx/5xx, for stderr. */
export function ingestFailure({ status, body }: IngestAnswer): string {
  const message = typeof body === 'string' ? body : (body as { message?: unknown } | null)?.message;
  return `ingest API answered ${status}${message ? `: ${Array.isArray(message) ? message.join('; ') : String(message)}` : ''}`;
}
