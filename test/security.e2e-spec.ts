import { Client } from 'pg';
import { authorised } from './support/authorised';
import { Pipeline } from './support/pipeline';

const RATE_LIMIT = 6;

/** The HTTP edge: bearer token on writes, body limits, a write rate limit, and errors that reveal nothing. */
describe('security at the edges', () => {
  const pipeline = new Pipeline();
  const captures = () => `${pipeline.url('ingest')}/captures`;
  const capture = (headers: Record<string, string>, body: string) =>
    fetch(captures(), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const validBody = (n: number) =>
    JSON.stringify({ url: `https://news.example.org/sec/${n}`, text: `We removed ${n} Pages.` });

  beforeAll(async () => {
    pipeline.env.RATE_LIMIT_PER_MINUTE = String(RATE_LIMIT);
    pipeline.env.CAPTURE_MAX_BYTES = String(16 * 1024);
    await pipeline.start(['ingest', 'alerts']);
  });
  afterAll(async () => {
    await pipeline.stop();
  });

  it.each([
    ['no authorization header', {}, /bearer token \(API_TOKEN\) is required/],
    ['a wrong token', { authorization: 'Bearer not-the-token-at-all' }, /not valid/],
    ['another scheme', { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }, /is required/],
  ])('given a capture with %s, then it is 401 with a reason and never the token', async (_, headers, reason) => {
    const response = await capture(headers, validBody(1));
    const body = await response.text();
    expect(response.status).toBe(401);
    expect(body).toMatch(reason);
    expect(body).not.toContain(pipeline.env.API_TOKEN);
  });

  it('given a subscription without a token, then alerts answers 401', async () => {
    const response = await fetch(`${pipeline.url('alerts')}/subscriptions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(401);
  });

  it.each([
    ['ingest', () => `${pipeline.url('ingest')}/captures`, 20 * 1024],
    ['alerts', () => `${pipeline.url('alerts')}/subscriptions`, 100 * 1024],
  ])('given an oversized body to %s, then it is 413 with no stack', async (_, url, size) => {
    const response = await fetch(url(), {
      method: 'POST',
      headers: authorised(pipeline, { 'content-type': 'application/json' }),
      body: JSON.stringify({ url: 'https://news.example.org/big', text: 'x'.repeat(size) }),
    });
    const body = await response.text();
    expect(response.status).toBe(413);
    expectNoInternals(body);
  });

  it('given a body that is not JSON, then the 400 names the problem and shows no stack', async () => {
    const response = await capture(authorised(pipeline), '{"url": ');
    expect(response.status).toBe(400);
    expectNoInternals(await response.text());
  });

  it('given a database failure behind a write, then the 500 says "internal error" with a request id and nothing else', async () => {
    const database = new Client({ connectionString: pipeline.env.DATABASE_URL });
    await database.connect();
    await database.query('ALTER TABLE ingest.reports RENAME TO reports_hidden');
    try {
      const response = await fetch(captures(), {
        method: 'POST',
        headers: authorised(pipeline, { 'content-type': 'application/json', 'x-request-id': 'sec-500' }),
        body: validBody(7),
      });
      const text = await response.text();
      expect(response.status).toBe(500);
      expect(JSON.parse(text)).toEqual({ statusCode: 500, message: 'internal error', requestId: 'sec-500' });
      expect(text).not.toMatch(/reports|relation|SELECT|INSERT/i);
    } finally {
      await database.query('ALTER TABLE ingest.reports_hidden RENAME TO reports');
      await database.end();
    }
  });

  it('given a burst past the rate limit, then the writes beyond it are 429', async () => {
    const statuses = [];
    for (let n = 0; n < RATE_LIMIT + 3; n++)
      statuses.push((await capture(authorised(pipeline), validBody(100 + n))).status);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(3);
    expect(statuses.filter((status) => status === 202).length).toBeLessThanOrEqual(RATE_LIMIT);
  });

  it('given reads, then they are not rate-limited with the writes', async () => {
    const statuses = await Promise.all(
      Array.from({ length: RATE_LIMIT + 2 }, async () => (await fetch(`${pipeline.url('ingest')}/health`)).status),
    );
    expect(statuses.every((status) => status === 200)).toBe(true);
  });
});

function expectNoInternals(body: string): void {
  expect(body).not.toMatch(/\bat .+\.(js|ts):\d+/);
  expect(body).not.toMatch(/node_modules|stack/i);
}
