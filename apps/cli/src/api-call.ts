/** Where a command talks to one of the apps, and the bearer token its writes carry. */
export interface ApiEndpoint {
  baseUrl: string;
  token: string | undefined;
}

export interface ApiAnswer {
  status: number;
  body: unknown;
}

/**
 * One JSON request to an app. Never throws: an app that cannot be reached
 * answers status 0 with a message naming the URL and the cause.
 */
export async function callApi(api: ApiEndpoint, method: string, path: string, body?: unknown): Promise<ApiAnswer> {
  try {
    const response = await fetch(`${api.baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(api.token ? { authorization: `Bearer ${api.token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    return { status: 0, body: { message: `cannot reach ${api.baseUrl} (${cause})` } };
  }
}
