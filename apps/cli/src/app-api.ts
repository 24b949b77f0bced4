import { type Result } from '@palimpsest/contracts';
import { EXIT_FAILURE, EXIT_USAGE } from './command';

export type AppName = 'projection' | 'ingest' | 'alerts' | 'diff';

/** Where each app listens when `npm start` runs it, and the variable that says otherwise. */
export const APP_APIS: Record<AppName, { variable: string; defaultUrl: string }> = {
  projection: { variable: 'PALIMPSEST_PROJECTION_API', defaultUrl: 'http://127.0.0.1:3000' },
  ingest: { variable: 'PALIMPSEST_INGEST_API', defaultUrl: 'http://127.0.0.1:3001' },
  alerts: { variable: 'PALIMPSEST_ALERTS_API', defaultUrl: 'http://127.0.0.1:3002' },
  diff: { variable: 'PALIMPSEST_DIFF_API', defaultUrl: 'http://127.0.0.1:3003' },
};

/** The options every command that talks to an app takes. */
export const API_OPTIONS = {
  api: { type: 'string', description: "the app's base URL (else its PALIMPSEST_<APP>_API variable)" },
  token: { type: 'string', description: 'bearer token for writes (else API_TOKEN)' },
} as const;

/** One app's API as a command reaches it. */
export interface AppApi {
  app: AppName;
  baseUrl: string;
  token: string | undefined;
}

/** The app's address from --api, else its variable, else its default; the token from --token, else API_TOKEN. */
export function appApiFrom(
  app: AppName,
  values: Record<string, unknown>,
  env: Record<string, string | undefined>,
): Result<AppApi> {
  const { variable, defaultUrl } = APP_APIS[app];
  const [source, given] =
    typeof values.api === 'string' ? ['--api', values.api] : [variable, env[variable] ?? defaultUrl];
  if (!isHttpUrl(given))
    return { ok: false, reason: `${source} must be an http(s) URL such as ${defaultUrl}, got "${given}"` };
  const token = typeof values.token === 'string' ? values.token : env.API_TOKEN;
  return { ok: true, value: { app, baseUrl: given.replace(/(?<!\/)\/+$/, ''), token } };
}

function isHttpUrl(text: string): boolean {
  try {
    const { protocol, host } = new URL(text);
    return (protocol === 'http:' || protocol === 'https:') && host !== '';
  } catch {
    return false;
  }
}

export interface ApiAnswer {
  /** 0 when the app could not be reached; the body then says why. */
  status: number;
  /** Parsed JSON, or the text itself when it is not JSON (a proxy's error page). */
  body: unknown;
}

/** How a command sends a request; `fetch` in production, an answering function in specs. */
export type Send = (url: string, init: RequestInit) => Promise<Response>;

/** One request to an app. Never throws: an app that cannot be reached answers status 0 with the reason. */
export async function callApi(
  api: AppApi,
  method: string,
  path: string,
  body?: unknown,
  send: Send = fetch,
): Promise<ApiAnswer> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (api.token) headers.authorization = `Bearer ${api.token}`;
  try {
    const response = await send(`${api.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: parseBody(await response.text()) };
  } catch (error) {
    const { cause } = error as { cause?: { code?: string; message?: string } };
    const why = cause?.code ?? cause?.message ?? (error as Error).message;
    const message = `cannot reach the Palimpsest API at ${api.baseUrl} (${why}); is the ${api.app} app running?`;
    return { status: 0, body: { message } };
  }
}

function parseBody(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The app's reason, as Nest words it (`message`, a string or a list), or the body's text. */
export function reasonOf(body: unknown): string {
  const message = typeof body === 'string' ? body : (body as { message?: unknown } | null)?.message;
  if (Array.isArray(message)) return message.join('; ');
  return message ? String(message) : '';
}

/** One line for stderr: why the call did not give what the command needed. */
export function failureMessage(api: AppApi, { status, body }: ApiAnswer): string {
  const reason = reasonOf(body);
  if (status === 0) return reason;
  return `${api.app} API answered ${status}${reason ? `: ${reason}` : ''}`;
}

/** A refusal (4xx) or an address nobody answers on is the caller's to fix (2); anything else is a failure (1). */
export function exitCodeOf({ status }: ApiAnswer): number {
  return status === 0 || (status >= 400 && status < 500) ? EXIT_USAGE : EXIT_FAILURE;
}
