import type { IncomingMessage, ServerResponse } from 'node:http';
import { RefusedAttempts } from './refused-attempts';
import { writeTokenGate } from './write-token-gate';

const TOKEN = 'a-token-of-sufficient-length';

function run(method: string, authorization?: string, apiToken = TOKEN, attempts = new RefusedAttempts(100)) {
  const answer = { status: 0, headers: {} as Record<string, string>, body: '', passed: false };
  const response = {
    writeHead: (status: number, headers: Record<string, string>) => Object.assign(answer, { status, headers }),
    end: (body: string) => (answer.body = body),
  } as unknown as ServerResponse;
  const request = { method, headers: authorization === undefined ? {} : { authorization } } as IncomingMessage;
  writeTokenGate(apiToken, 100, attempts)(request, response, () => (answer.passed = true));
  return answer;
}

describe(writeTokenGate.name, () => {
  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])(
    'given a %s without the token, then it is 401 with the reason and the connection closes unread',
    (method) => {
      const answer = run(method);
      expect(answer).toEqual(expect.objectContaining({ status: 401, passed: false }));
      expect(answer.headers.connection).toBe('close');
      expect(JSON.parse(answer.body).message).toMatch(/bearer token \(API_TOKEN\) is required/);
    },
  );

  it('given a POST with a wrong token, then it is 401 naming that', () => {
    expect(JSON.parse(run('POST', 'Bearer not-the-token-at-all').body).message).toMatch(/not valid/);
  });

  it('given a POST with the token, then it goes on to the body parsers', () => {
    expect(run('POST', `Bearer ${TOKEN}`).passed).toBe(true);
  });

  it.each(['GET', 'HEAD', 'OPTIONS'])('given a %s without the token, then it goes on', (method) => {
    expect(run(method).passed).toBe(true);
  });

  it('given an app without a token, then every write is refused', () => {
    expect(JSON.parse(run('POST', 'Bearer x', '').body).message).toMatch(/no API_TOKEN configured/);
  });

  it('given more refused writes from one address than a minute allows, then the ones beyond are 429', () => {
    const attempts = new RefusedAttempts(2, () => 0);
    const statuses = Array.from({ length: 4 }, () => run('POST', undefined, TOKEN, attempts).status);
    expect(statuses).toEqual([401, 401, 429, 429]);
    expect(run('POST', `Bearer ${TOKEN}`, TOKEN, attempts).passed).toBe(true);
  });
});
