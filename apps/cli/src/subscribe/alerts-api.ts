/** Where the alerts API is and how to authenticate, from --api / --token, else PALIMPSEST_ALERTS_API / API_TOKEN. */
export interface AlertsApi {
  baseUrl: string;
  token: string | undefined;
}

export const DEFAULT_ALERTS_API = 'http://127.0.0.1:3002';

export function alertsApiFrom(values: Record<string, unknown>, env: Record<string, string | undefined>): AlertsApi {
  const api = typeof values.api === 'string' ? values.api : (env.PALIMPSEST_ALERTS_API ?? DEFAULT_ALERTS_API);
  const token = typeof values.token === 'string' ? values.token : env.API_TOKEN;
  return { baseUrl: api.replace(/(?<!\/)\/+$/, ''), token };
}

export interface ApiAnswer {
  status: number;
  body: unknown;
}

/** One JSON request to the alerts API; the answer's status and body, whatever they are. */
export async function callAlertsApi(api: AlertsApi, method: string, path: string, body?: unknown): Promise<ApiAnswer> {
  const response = await fetch(`${api.baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(api.token ? { authorization: `Bearer ${api.token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** The API's reason for a 4xx/5xx, for stderr. */
export function failureMessage({ status, body }: ApiAnswer): string {
  const message = (body as { message?: unknown } | null)?.message;
  return `alerts API answered ${status}${message ? `: ${Array.isArray(message) ? message.join('; ') : String(message)}` : ''}`;
}
