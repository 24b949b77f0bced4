import { authorised } from './support/authorised';
import { getJson, Pipeline } from './support/pipeline';
import { waitFor } from '../deploy/kafka/wait-for';

const URL_UNDER_TEST = 'https://news.example.org/2024/07/bad-captures';
const MIB = 1024 * 1024;

/** A page of about `bytes` bytes of plain prose with no figures in it. */
function largePage(bytes: number): string {
  const paragraph = 'The network posted about local politics and shared memes with its followers across regions.\n\n';
  return `Large report\n\n${paragraph.repeat(Math.floor(bytes / paragraph.length) - 1)}`;
}

function tenThousandNumbers(): string {
  const rows = Array.from({ length: 10_000 }, (_, index) => `- Network ${index + 1} had ${(index + 1) * 3} accounts.`);
  return `Numbers everywhere\n\n${rows.join('\n')}\n`;
}

/** Bad captures get a clear 4xx or become a revision; none crashes an app or loses an earlier revision. */
describe('bad captures', () => {
  const pipeline = new Pipeline();
  const recorded: number[] = [];
  let reportId: string;

  const post = async (body: string | Uint8Array, contentType: string, url = URL_UNDER_TEST) => {
    const response = await fetch(`${pipeline.url('ingest')}/captures?${new URLSearchParams({ url })}`, {
      method: 'POST',
      headers: authorised(pipeline, { 'content-type': contentType }),
      body,
    });
    const answer = (await response.json()) as {
      status?: string;
      revision?: number;
      reportId?: string;
      message?: string;
    };
    if (response.status === 202 && answer.status === 'recorded' && url === URL_UNDER_TEST)
      recorded.push(answer.revision!);
    return { status: response.status, body: answer };
  };
  const expectClearAnswer = ({ status, body }: { status: number; body: { message?: string; status?: string } }) => {
    if (status === 202) expect(['recorded', 'unchanged']).toContain(body.status);
    else {
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
      expect(typeof body.message).toBe('string');
    }
  };

  beforeAll(async () => {
    await pipeline.start(['ingest', 'diff', 'projection']);
    const first = await post('Takedown\n\nWe removed 82 Pages, Groups and accounts.', 'text/plain');
    expect(first.status).toBe(202);
    reportId = first.body.reportId!;
  });
  afterAll(async () => {
    await pipeline.stop();
  });

  it.each([
    [
      'malformed HTML',
      '<html><body><article><h1>Takedown<p>We removed <b>12 Pages<div></p></span><p>And 3 groups',
      'text/html',
    ],
    [
      'binary data as text',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      'text/plain',
    ],
    ['binary data with a binary type', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff]), 'application/octet-stream'],
    [
      'invalid UTF-8',
      Buffer.concat([
        Buffer.from('Takedown\n\nWe removed '),
        Buffer.from([0xc3, 0x28, 0xff]),
        Buffer.from(' 7 Pages.'),
      ]),
      'text/plain; charset=utf-8',
    ],
    ['an empty body', '', 'text/plain'],
    ['a page of whitespace', ' \n\t \n', 'text/html'],
  ])('given %s, then the answer is a clear 4xx or a recorded revision', async (_, body, contentType) => {
    expectClearAnswer(await post(body, contentType));
  });

  it.each([
    [
      '20,001 blocks',
      `Blocks\n\n${'A short line of prose.\n\n'.repeat(20_000)}`,
      /20001 blocks .*at most 20000 .*CAPTURE_MAX_BLOCKS/,
    ],
    [
      '201 amendment notes',
      `Notes\n\n${Array.from({ length: 201 }, (_, i) => `[Updated on March ${(i % 28) + 1}, 2019 at ${(i % 12) + 1}:00PM PT to correct note ${i}.]`).join('\n\n')}`,
      /201 amendment notes; at most 200 .*CAPTURE_MAX_NOTES/,
    ],
  ])('given a page of %s, then it is refused with 422 and the limit it passed', async (_, body, reason) => {
    const answer = await post(body, 'text/plain', 'https://news.example.org/2024/07/too-many');
    expect(answer.status).toBe(422);
    expect(answer.body.message).toMatch(reason);
  });

  it('given a 10 MB page over the default limit, then it is 413', async () => {
    const answer = await post(largePage(10 * MIB), 'text/plain', 'https://news.example.org/2024/07/large');
    expect(answer.status).toBe(413);
  });

  it('given raised limits, then a page just under them is recorded', async () => {
    pipeline.env.CAPTURE_MAX_BYTES = String(11 * MIB);
    // About 115,000 short paragraphs: past the default block limit, which is raised with the size.
    pipeline.env.CAPTURE_MAX_BLOCKS = '150000';
    await pipeline.stopApp('ingest');
    await pipeline.startApp('ingest');
    const answer = await post(largePage(11 * MIB - 4_096), 'text/plain', 'https://news.example.org/2024/07/large');
    expect(answer).toMatchObject({ status: 202, body: { status: 'recorded', revision: 1 } });
    await waitFor(
      () => getJson(`${pipeline.url('projection')}/reports/${answer.body.reportId}/revisions`),
      ({ status, body }) => status === 200 && body.items.length === 1,
      { what: 'the large revision projected', timeoutMs: 120_000 },
    );
  });

  it('then every app is still up and every recorded revision of the report is in the read model, with none lost', async () => {
    for (const app of ['ingest', 'diff', 'projection'] as const) {
      expect((await getJson(`${pipeline.url(app)}/health`)).status).toBe(200);
    }
    // Every recorded revision, the 11 MB one included, was analysed rather than dead-lettered.
    expect((await getJson(`${pipeline.url('diff')}/health`)).body.consumer.deadLettered).toBe(0);
    const expected = [...new Set(recorded)].sort((a, b) => a - b);
    expect(expected).toEqual(Array.from({ length: expected.length }, (_, index) => index + 1));
    const { body } = await waitFor(
      () => getJson(`${pipeline.url('projection')}/reports/${reportId}/revisions`),
      ({ body: revisions }) => revisions.items.length === expected.length,
      { what: 'every recorded revision projected' },
    );
    expect(body.items.map((item: any) => item.revision).sort((a: number, b: number) => a - b)).toEqual(expected);
  });

  // Last: its 10,000 figures and FigureChanged events keep the projection busy well after this test ends.
  it('given a page with 10,000 numbers, then it is recorded, analysed by diff and listed in the read model', async () => {
    const before = (await getJson(`${pipeline.url('diff')}/health`)).body.consumer;
    const answer = await post(tenThousandNumbers(), 'text/plain');
    expect(answer).toMatchObject({ status: 202, body: { status: 'recorded' } });
    await waitFor(
      () => getJson(`${pipeline.url('diff')}/health`),
      ({ body }) => body.consumer.processed > before.processed,
      { what: 'diff to analyse the 10,000-number revision', timeoutMs: 120_000 },
    );
    expect((await getJson(`${pipeline.url('diff')}/health`)).body.consumer.deadLettered).toBe(before.deadLettered);
    await waitFor(
      () => getJson(`${pipeline.url('projection')}/reports/${reportId}/revisions`),
      ({ body }) => body.items.some((item: any) => item.revision === answer.body.revision),
      { what: 'the 10,000-number revision in the read model', timeoutMs: 120_000 },
    );
  });
});
