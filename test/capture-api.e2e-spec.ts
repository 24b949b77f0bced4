import { authorised, postJsonAuthorised } from './support/authorised';
import { getJson, Pipeline } from './support/pipeline';
import { waitFor } from '../deploy/kafka/wait-for';

/** The capture API's answers to bad input, and revision numbering under concurrent captures. */
describe('capture API', () => {
  const pipeline = new Pipeline();
  const url = 'https://news.example.org/2024/05/takedown';
  const post = (body: unknown) => postJsonAuthorised(pipeline, `${pipeline.url('ingest')}/captures`, body);

  beforeAll(async () => {
    pipeline.env.CAPTURE_MAX_BYTES = String(64 * 1024);
    await pipeline.start();
  });
  afterAll(async () => {
    await pipeline.stop();
  });

  it('given a first good capture, then it is revision 1', async () => {
    const { status, body } = await post({
      url,
      text: 'Takedown\n\nWe removed 12 accounts.',
      observedAt: '2024-05-01T10:00:00Z',
    });
    expect(status).toBe(202);
    expect(body).toMatchObject({ status: 'recorded', revision: 1 });
  });

  it.each([
    ['no url', { text: 'We removed 3 Pages.' }, 400, /"url" is required/],
    ['a url that is not http(s)', { url: 'file:///etc/passwd', text: 'x' }, 400, /http or https/],
    ['no body', { url }, 400, /"html" or "text" is required/],
    ['an empty body', { url, html: '' }, 400, /"html" is empty/],
    ['binary data', { url, text: 'PK\u0003\u0004\u0000\u0000\u0000' }, 400, /binary data/],
    [
      'a page with no readable text',
      { url, html: '<nav><a href="/">Home</a></nav><script>var x = 1;</script>' },
      422,
      /no readable text/,
    ],
  ])('given %s, then it is refused with a reason and nothing is recorded', async (_, body, status, reason) => {
    const response = await post(body);
    expect(response.status).toBe(status);
    expect(response.body.message).toMatch(reason);
  });

  it('given a body over the configured limit, then the answer is 413', async () => {
    const response = await fetch(`${pipeline.url('ingest')}/captures`, {
      method: 'POST',
      headers: authorised(pipeline, { 'content-type': 'application/json' }),
      body: JSON.stringify({ url, text: 'x'.repeat(100 * 1024) }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ statusCode: 413 });
  });

  it('given a raw text/html body with url and observedAt in the query, then it is recorded', async () => {
    const query = new URLSearchParams({ url: 'https://news.example.org/raw', observedAt: '2024-05-01T12:00:00Z' });
    const response = await fetch(`${pipeline.url('ingest')}/captures?${query}`, {
      method: 'POST',
      headers: authorised(pipeline, { 'content-type': 'text/html; charset=utf-8' }),
      body: '<html><body><article><h1>Raw</h1><p>We removed 40 Pages.</p></article></body></html>',
    });
    expect(response.status).toBe(202);
    expect(await response.json()).toMatchObject({ status: 'recorded', revision: 1 });
  });

  it('given a raw body without a url in the query, then the answer is 400 naming it', async () => {
    const response = await fetch(`${pipeline.url('ingest')}/captures`, {
      method: 'POST',
      headers: authorised(pipeline, { 'content-type': 'text/plain' }),
      body: 'We removed 40 Pages.',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(/"url" is required/);
  });

  it('given a body that is not JSON, then the answer is 400', async () => {
    const response = await fetch(`${pipeline.url('ingest')}/captures`, {
      method: 'POST',
      headers: authorised(pipeline, { 'content-type': 'application/json' }),
      body: '{"url": "https://e.com", "text": ',
    });
    expect(response.status).toBe(400);
  });

  it('given ten different captures of one report at once, then revisions are numbered 2 to 11 without gaps', async () => {
    const captures = Array.from({ length: 10 }, (_, index) =>
      post({ url, text: `Takedown\n\nWe removed ${100 + index} accounts.`, observedAt: `2024-05-02T10:00:0${index}Z` }),
    );
    const revisions = (await Promise.all(captures)).map(({ body }) => body.revision).sort((a, b) => a - b);
    expect(revisions).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('then the bad captures left the recorded revisions as they were', async () => {
    const { body: reports } = await waitFor(
      () => getJson(`${pipeline.url('projection')}/reports?url=${encodeURIComponent(url)}`),
      ({ body }) => body.items?.[0]?.revisionCount === 11,
      { what: 'eleven revisions in the projection' },
    );
    const { body: revisions } = await getJson(`${pipeline.url('projection')}/reports/${reports.items[0].id}/revisions`);
    expect(revisions.items.map((revision: { revision: number }) => revision.revision)).toEqual(
      Array.from({ length: 11 }, (_, index) => index + 1),
    );
  });
});
