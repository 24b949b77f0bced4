import { appApiFrom, callApi, exitCodeOf, failureMessage } from './app-api';

describe(appApiFrom.name, () => {
  it('given no option and no variable, then each app is at its npm start address with API_TOKEN', () => {
    expect(appApiFrom('alerts', {}, { API_TOKEN: 't' })).toEqual({
      ok: true,
      value: { app: 'alerts', baseUrl: 'http://127.0.0.1:3002', token: 't' },
    });
  });

  it("given the app's variable, then it is used; --api and --token win over the environment", () => {
    const env = { PALIMPSEST_INGEST_API: 'http://ingest:3001/', API_TOKEN: 't' };
    expect(appApiFrom('ingest', {}, env)).toMatchObject({ value: { baseUrl: 'http://ingest:3001' } });
    expect(appApiFrom('ingest', { api: 'https://x.example', token: 'y' }, env)).toMatchObject({
      value: { baseUrl: 'https://x.example', token: 'y' },
    });
  });

  it('given an address that is not an http(s) URL, then the reason names where it came from', () => {
    expect(appApiFrom('projection', { api: 'localhost:3000' }, {})).toEqual({
      ok: false,
      reason: '--api must be an http(s) URL such as http://127.0.0.1:3000, got "localhost:3000"',
    });
    expect(appApiFrom('diff', {}, { PALIMPSEST_DIFF_API: 'diff' })).toMatchObject({
      reason: expect.stringMatching(/^PALIMPSEST_DIFF_API must be an http\(s\) URL/),
    });
  });
});

describe(callApi.name, () => {
  const api = { app: 'ingest' as const, baseUrl: 'http://ingest.test', token: 'secret' };

  it('given an app that answers, then status and parsed body come back and the token is sent', async () => {
    const seen: RequestInit[] = [];
    const answer = await callApi(api, 'POST', '/sources', { url: 'u' }, async (_url, init) => {
      seen.push(init);
      return new Response('{"id":"src_1"}', { status: 201 });
    });
    expect(answer).toEqual({ status: 201, body: { id: 'src_1' } });
    expect(seen[0].headers).toMatchObject({ authorization: 'Bearer secret', 'content-type': 'application/json' });
  });

  it('given an app nobody answers for, then status 0 and a reason naming the address and the app', async () => {
    const answer = await callApi(api, 'GET', '/sources', undefined, async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    });
    expect(failureMessage(api, answer)).toBe(
      'cannot reach the Palimpsest API at http://ingest.test (ECONNREFUSED); is the ingest app running?',
    );
    expect(exitCodeOf(answer)).toBe(2);
  });
});

describe(failureMessage.name, () => {
  const api = { app: 'alerts' as const, baseUrl: 'http://alerts.test', token: undefined };

  it("given a 400 with Nest's message list, then the reasons are joined; a 500 is a failure, not a usage error", () => {
    const refused = { status: 400, body: { message: ['"url" is required', '"rule" is required'] } };
    expect(failureMessage(api, refused)).toBe('alerts API answered 400: "url" is required; "rule" is required');
    expect(exitCodeOf(refused)).toBe(2);
    expect(exitCodeOf({ status: 503, body: 'Service Unavailable' })).toBe(1);
  });
});
