import { bufferIo } from './support/buffer-io';
import { createHmac } from 'node:crypto';
import { topicNames } from '@palimpsest/contracts';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { runCommandLine } from '../apps/cli/src/run';
import { Pipeline } from './support/pipeline';
import { describeWithSeed, readSeed } from '@palimpsest/shared-folder';
import { seedBeforeUpdate } from './support/shared-data';
import { waitFor } from '../deploy/kafka/wait-for';
import { captureTextAs } from './support/authorised';
import type { HookAnswer, ReceivedHook } from './support/webhook-receiver';
import { WebhookReceiver } from './support/webhook-receiver';

const sign = (secret: string, { timestamp, body }: ReceivedHook) =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;

const FOLLOWERS = 'followers/account-follow-page';
const withFollowers = (text: string) => readSeed().replace('About 1.02 million', text);

/**
 * Alerts on the real broker and database: ingest and diff produce the events,
 * the alerts app decides and delivers to a real HTTP receiver on 127.0.0.1.
 */
describeWithSeed('alerts: figure-rule subscriptions and signed webhooks', () => {
  const pipeline = new Pipeline();
  const receiver = new WebhookReceiver((request, seen) => answerFor(request.path, seen));
  const behaviours = new Map<string, (seen: number) => HookAnswer>();
  const answerFor = (path: string, seen: number) => behaviours.get(path)?.(seen) ?? 200;

  const alerts = async (method: string, path: string, body?: unknown, token = pipeline.env.API_TOKEN) => {
    const response = await fetch(`${pipeline.url('alerts')}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
  const capture = async (url: string, text: string, observedAt: string) => {
    const { status, body } = await captureTextAs(pipeline, url, text, observedAt);
    expect(status).toBe(202);
    return body as { reportId: string; revision: number };
  };
  const subscribe = async (reportUrl: string, hookPath: string, rule: unknown, keys: string[], to = receiver) => {
    const filter = { reports: { urlPrefix: reportUrl }, metrics: { keys } };
    const { status, body } = await alerts('POST', '/subscriptions', { url: to.url(hookPath), rule, filter });
    expect(status).toBe(201);
    return body as { id: string; secret: string };
  };
  const deliveryLog = (subscriptionId: string) => alerts('GET', `/subscriptions/${subscriptionId}/deliveries`);
  const waitForLog = (subscriptionId: string, done: (items: any[]) => boolean, what: string) =>
    waitFor(
      () => deliveryLog(subscriptionId),
      ({ body }) => done(body.items ?? []),
      { what, timeoutMs: 60_000 },
    ).then(({ body }) => body.items as any[]);
  const reportUrl = (name: string) => `https://about.fb.com/news/2018/10/${name}-${pipeline.runId}/`;

  beforeAll(async () => {
    Object.assign(pipeline.env, {
      WEBHOOK_BACKOFF_BASE_MS: '50',
      WEBHOOK_BACKOFF_MAX_MS: '2000',
      WEBHOOK_MAX_ATTEMPTS: '4',
      WEBHOOK_TIMEOUT_MS: '5000',
      QUERY_API_URL: 'http://127.0.0.1:3000',
      // Named, so the replay test can wait for this group to catch up before it starts another.
      ALERTS_CONSUMER_GROUP: `${pipeline.runId}.alerts`,
      // Pieces of two events: a revision's RevisionAnalyzed and its figure changes span several alerts transactions.
      CONSUMER_BATCH_SIZE: '2',
    });
    await receiver.listen();
    await pipeline.start(['ingest', 'diff', 'alerts']);
  });
  afterAll(async () => {
    await receiver.close();
    await pipeline.stop();
  });

  it('given no bearer token or a wrong one, then the subscriptions API answers 401', async () => {
    expect((await alerts('GET', '/subscriptions', undefined, '')).status).toBe(401);
    expect(
      (await alerts('POST', '/subscriptions', { url: receiver.url('/x'), rule: 'any' }, 'wrong-token')).status,
    ).toBe(401);
  });

  it('given an invalid rule or filter, then the API answers 400 with the reason', async () => {
    const badRule = await alerts('POST', '/subscriptions', { url: receiver.url('/x'), rule: 'relative>=lots' });
    expect(badRule.status).toBe(400);
    expect(badRule.body.message).toMatch(/atLeastPercent/);
    const badFilter = await alerts('POST', '/subscriptions', {
      url: receiver.url('/x'),
      rule: 'any',
      filter: { metrics: { keys: 7 } },
    });
    expect(badFilter.status).toBe(400);
    expect(badFilter.body.message).toMatch(/filter\.metrics\.keys/);
  });

  it.each(['http://10.0.0.1/hook', 'http://169.254.169.254/latest/meta-data/'])(
    'given the webhook URL %s (private or link-local), then it is refused with 400 before any connection',
    async (url) => {
      const { status, body } = await alerts('POST', '/subscriptions', { url, rule: 'any' });
      expect(status).toBe(400);
      expect(body.message).toMatch(/loopback, private or link-local/);
    },
  );

  it('given relative change >= 5% on followers, then one signed alert for 1.02 -> 1.1 million and none for a wording-only revision', async () => {
    const url = reportUrl('followers');
    const { reportId } = await capture(url, readSeed(), '2018-10-26T22:00:00Z');
    const subscription = await subscribe(url, '/followers', 'relative>=5%', [FOLLOWERS]);
    const { status, body: shown } = await alerts('GET', `/subscriptions/${subscription.id}`);
    expect(status).toBe(200);
    expect(shown).not.toHaveProperty('secret');

    await capture(url, withFollowers('About 1.1 million'), '2018-10-27T08:00:00Z');
    const [first] = await waitFor(
      async () => receiver.at('/followers'),
      (got) => got.length >= 1,
      { what: 'the first alert' },
    );
    expect(first.signature).toBe(sign(subscription.secret, first));
    const alert = JSON.parse(first.body);
    expect(alert).toMatchObject({
      deliveryId: first.deliveryId,
      subscriptionId: subscription.id,
      report: { id: reportId, url, publisher: 'about.fb.com' },
      revision: 2,
      previousRevision: 1,
      observedAt: '2018-10-27T08:00:00.000Z',
      changes: [
        {
          key: FOLLOWERS,
          change: 'changed',
          old: { value: 1_020_000, qualifier: 'about' },
          new: { value: 1_100_000, qualifier: 'about' },
          links: {
            history: `http://127.0.0.1:3000/reports/${reportId}/figures/${encodeURIComponent(FOLLOWERS)}/history`,
          },
        },
      ],
      links: { diff: `http://127.0.0.1:3000/reports/${reportId}/diff?from=1&to=2` },
    });
    expect(typeof alert.effectiveAt).toBe('string');

    const wordingOnly = withFollowers('About 1.1 million').replace(
      'We cannot confirm whether',
      'We are unable to confirm whether',
    );
    await capture(url, wordingOnly, '2018-10-28T08:00:00Z');
    // A later figure change on the same report is the barrier: events of one report are handled in order.
    await capture(url, wordingOnly.replace('About 1.1 million', 'About 1.2 million'), '2018-10-29T08:00:00Z');
    const got = await waitFor(
      async () => receiver.at('/followers'),
      (all) => all.length >= 2,
      { what: 'the second alert' },
    );
    expect(got.map((request) => JSON.parse(request.body).revision)).toEqual([2, 4]);
    expect(new Set(got.map((request) => request.deliveryId)).size).toBe(2);
  });

  it('given crosses threshold 100 on ad spending, when "Less than $100" becomes "$250", then it fires', async () => {
    const url = reportUrl('spending');
    await capture(url, readSeed(), '2018-10-26T22:00:00Z');
    const subscription = await subscribe(url, '/spending', 'crosses:100', ['advertising/spending']);
    await capture(url, readSeed().replace('Less than \\$100', '\\$250'), '2018-10-27T08:00:00Z');
    const [request] = await waitFor(
      async () => receiver.at('/spending'),
      (got) => got.length === 1,
      { what: 'the spending alert' },
    );
    expect(request.signature).toBe(sign(subscription.secret, request));
    expect(JSON.parse(request.body).changes).toMatchObject([
      {
        key: 'advertising/spending',
        old: { value: 100, qualifier: 'less_than', unit: 'USD' },
        new: { value: 250, qualifier: 'exact', unit: 'USD' },
      },
    ]);
  });

  it('given an amendment-note subscription, when the update note first appears, then one alert carries the note', async () => {
    const url = reportUrl('amended');
    await capture(url, seedBeforeUpdate(), '2018-10-26T16:00:00Z');
    const subscription = await subscribe(url, '/amended', 'amendment-note', []);
    await capture(url, readSeed(), '2018-10-26T22:00:00Z');
    const [request] = await waitFor(
      async () => receiver.at('/amended'),
      (got) => got.length === 1,
      {
        what: 'the amendment alert',
      },
    );
    expect(request.signature).toBe(sign(subscription.secret, request));
    const alert = JSON.parse(request.body);
    expect(alert).toMatchObject({
      event: { type: 'AmendmentNoted' },
      changes: [],
      revision: 2,
      previousRevision: 1,
      effectiveAt: '2018-10-26T20:30:00.000Z',
    });
    expect(alert.links.amendments).toMatch(/\/reports\/rpt_[0-9a-f]+\/amendments$/);
    expect(alert.amendments).toEqual([
      expect.objectContaining({
        statedAt: '2018-10-26T20:30:00Z',
        reason: 'to provide additional information on the seven events',
      }),
    ]);
  });

  it('given the receiver answers 503 three times then 200, then four attempts, one alert, and the backoff is in the log', async () => {
    behaviours.set('/flaky', (seen) => (seen <= 3 ? 503 : 200));
    const url = reportUrl('flaky');
    await capture(url, readSeed(), '2018-10-26T22:00:00Z');
    const subscription = await subscribe(url, '/flaky', 'relative>=5%', [FOLLOWERS]);
    await capture(url, withFollowers('About 1.1 million'), '2018-10-27T08:00:00Z');
    const [delivery] = await waitForLog(
      subscription.id,
      (items) => items[0]?.status === 'delivered',
      'the delivered alert',
    );
    expect(delivery.attempts).toBe(4);
    expect(delivery.attemptLog.map((attempt: any) => attempt.statusCode)).toEqual([503, 503, 503, 200]);
    const delays = delivery.attemptLog.slice(0, 3).map((attempt: any) => attempt.retryInMs);
    // Exponential from 50 ms with up to half of each delay drawn at random.
    delays.forEach((delay: number, index: number) => {
      expect(delay).toBeGreaterThanOrEqual(25 * 2 ** index);
      expect(delay).toBeLessThanOrEqual(50 * 2 ** index);
    });
    for (const [index, attempt] of delivery.attemptLog.slice(1).entries()) {
      expect(Date.parse(attempt.startedAt)).toBeGreaterThanOrEqual(
        Date.parse(delivery.attemptLog[index].nextRetryAt) - 20,
      );
    }
    const requests = receiver.at('/flaky');
    expect(requests).toHaveLength(4);
    expect(new Set(requests.map((request) => request.deliveryId))).toEqual(new Set([delivery.id]));
    expect(receiver.accepted.get(delivery.id)).toBe(1);
  });

  it('given the receiver is down past the limit, then the delivery is dead-lettered, and redeliver delivers it once', async () => {
    const down = await new WebhookReceiver().listen();
    const port = down.port;
    await down.close();
    const url = reportUrl('down');
    await capture(url, readSeed(), '2018-10-26T22:00:00Z');
    const subscription = await subscribe(url, '/down', 'relative>=5%', [FOLLOWERS], down);
    await capture(url, withFollowers('About 1.1 million'), '2018-10-27T08:00:00Z');
    const [dead] = await waitForLog(
      subscription.id,
      (items) => items[0]?.status === 'dead-lettered',
      'the dead letter',
    );
    expect(dead).toMatchObject({ deadLettered: true, attempts: 4, nextAttemptAt: null });
    expect(dead.lastError).toMatch(/ECONNREFUSED/);

    await down.listen(port);
    try {
      const redelivered = await alerts('POST', `/deliveries/${dead.id}/redeliver`);
      expect(redelivered.status).toBe(202);
      const [delivered] = await waitForLog(
        subscription.id,
        (items) => items[0]?.status === 'delivered',
        'the redelivery',
      );
      expect(delivered.attempts).toBe(5);
      expect(down.requests.map((request) => request.deliveryId)).toEqual([dead.id]);
      expect(down.accepted.get(dead.id)).toBe(1);
    } finally {
      await down.close();
    }
  });

  it('given the alerts app is killed mid-delivery and restarted, then the receiver accepts the alert once, by the same delivery id', async () => {
    behaviours.set('/crash', (seen) => (seen === 1 ? 'stall' : 200));
    const url = reportUrl('crash');
    await capture(url, readSeed(), '2018-10-26T22:00:00Z');
    const subscription = await subscribe(url, '/crash', 'relative>=5%', [FOLLOWERS]);
    await capture(url, withFollowers('About 1.1 million'), '2018-10-27T08:00:00Z');
    await waitFor(
      async () => receiver.at('/crash'),
      (got) => got.length === 1,
      { what: 'the stalled first attempt' },
    );

    await pipeline.stopApp('alerts');
    await pipeline.startApp('alerts');
    await capture(url, withFollowers('About 1.2 million'), '2018-10-28T08:00:00Z');
    const items = await waitForLog(
      subscription.id,
      (all) => all.length === 2 && all.every((item) => item.status === 'delivered'),
      'both alerts delivered after the restart',
    );
    const [second, first] = items;
    const requests = receiver.at('/crash');
    expect(requests.filter((request) => request.deliveryId === first.id)).toHaveLength(2);
    expect(requests.filter((request) => request.deliveryId === second.id)).toHaveLength(1);
    expect(receiver.accepted.get(first.id)).toBe(1);
    expect(receiver.accepted.get(second.id)).toBe(1);
    expect(requests.map((request) => JSON.parse(request.body).revision)).toEqual([2, 2, 3]);
  });

  it('given several revisions of one report with several figure changes each, then a subscriber receives one alert per revision holding all of its matching changes, signed, in order', async () => {
    const url = reportUrl('batched');
    const { reportId } = await capture(url, readSeed(), '2018-10-26T22:00:00Z');
    // Revision 1 adds every figure; subscribing once its analysis is in the log keeps it out of the alerts.
    await waitFor(
      () => analysisPublished(pipeline.env.DATABASE_URL, reportId, 1),
      (published) => published,
      { what: 'the analysis of revision 1 in the log' },
    );
    const everything = await subscribe(url, '/batched-all', 'any-change', []);
    const followersOnly = await subscribe(url, '/batched-followers', 'any-change', [FOLLOWERS]);
    const edits: Array<Array<[string, string]>> = [
      [
        ['30 Pages', '31 Pages'],
        ['33 Facebook accounts', '34 Facebook accounts'],
        ['About 1.02 million', 'About 1.1 million'],
      ],
      [
        ['31 Pages', '32 Pages'],
        ['16 accounts on Instagram', '17 accounts on Instagram'],
        ['About 1.1 million', 'About 1.2 million'],
      ],
      [
        ['3 Groups', '4 Groups'],
        ['32 Pages', '33 Pages'],
      ],
    ];
    let text = readSeed();
    for (const [index, revisionEdits] of edits.entries()) {
      for (const [from, to] of revisionEdits) {
        expect(text).toContain(from);
        text = text.replace(from, to);
      }
      await capture(url, text, `2018-10-${27 + index}T08:00:00Z`);
    }

    const alerts = await waitFor(
      async () => receiver.at('/batched-all'),
      (got) => got.length >= 3,
      { what: 'an alert for each of revisions 2 to 4' },
    );
    const changedKeys = await figureChangeKeys(pipeline.env.DATABASE_URL, reportId);
    const bodies = alerts.map((request) => JSON.parse(request.body));
    for (const request of alerts) expect(request.signature).toBe(sign(everything.secret, request));
    expect(bodies.map((body) => body.revision)).toEqual([2, 3, 4]);
    expect(new Set(alerts.map((request) => request.deliveryId)).size).toBe(3);
    for (const body of bodies) {
      expect(body).toMatchObject({ event: { type: 'RevisionAnalyzed' }, report: { id: reportId } });
      expect(body.changes.length).toBeGreaterThanOrEqual(2);
      expect(body.changes.map((change: { key: string }) => change.key).sort()).toEqual(changedKeys[body.revision]);
    }
    expect(bodies[0].changes).toContainEqual(
      expect.objectContaining({ key: FOLLOWERS, old: expect.objectContaining({ value: 1_020_000 }) }),
    );

    // Each revision is decided for every subscription in one transaction, so this log is final now.
    const followerLog = (await deliveryLog(followersOnly.id)).body.items;
    expect(followerLog).toHaveLength(2);
    const followerAlerts = await waitFor(
      async () => receiver.at('/batched-followers'),
      (got) => got.length >= 2,
      { what: 'the followers alerts' },
    );
    expect(followerAlerts.map((request) => JSON.parse(request.body).revision)).toEqual([2, 3]);
    for (const request of followerAlerts) {
      expect(request.signature).toBe(sign(followersOnly.secret, request));
      expect(JSON.parse(request.body).changes.map((change: { key: string }) => change.key)).toEqual([FOLLOWERS]);
    }
  });

  it('given the receiver answers 429 with Retry-After: 1, then the retry waits the second it asked, and one alert is delivered', async () => {
    behaviours.set('/retry-after', (seen) => (seen === 1 ? { status: 429, headers: { 'retry-after': '1' } } : 200));
    const url = reportUrl('retry-after');
    await capture(url, readSeed(), '2018-10-26T22:00:00Z');
    const subscription = await subscribe(url, '/retry-after', 'relative>=5%', [FOLLOWERS]);
    await capture(url, withFollowers('About 1.1 million'), '2018-10-27T08:00:00Z');
    const [delivery] = await waitForLog(
      subscription.id,
      (items) => items[0]?.status === 'delivered',
      'the delivered alert',
    );
    expect(delivery.attemptLog.map((attempt: any) => attempt.statusCode)).toEqual([429, 200]);
    // The backoff alone would have waited 25 to 50 ms here.
    expect(delivery.attemptLog[0].retryInMs).toBe(1_000);
    expect(Date.parse(delivery.attemptLog[1].startedAt)).toBeGreaterThanOrEqual(
      Date.parse(delivery.attemptLog[0].nextRetryAt) - 20,
    );
    expect(receiver.accepted.get(delivery.id)).toBe(1);
  });

  it('given the CLI, when it subscribes and lists deliveries, then the API answers through it', async () => {
    const io = bufferIo();
    const api = ['--api', pipeline.url('alerts'), '--token', pipeline.env.API_TOKEN];
    const args = [
      '--url',
      receiver.url('/cli'),
      '--metric',
      FOLLOWERS,
      '--rule',
      'relative>=5%',
      '--url-prefix',
      reportUrl('cli'),
    ];
    expect(await runCommandLine(['subscribe', ...args, ...api], io)).toBe(0);
    const created = JSON.parse(io.out());
    expect(created).toMatchObject({ rule: { kind: 'relative-change', atLeastPercent: 5 }, status: 'active' });
    expect(created.secret).toMatch(/^whsec_/);
    const log = bufferIo();
    expect(await runCommandLine(['deliveries', created.id, ...api], log)).toBe(0);
    expect(JSON.parse(log.out())).toEqual({ items: [] });
    const refused = bufferIo();
    expect(
      await runCommandLine(['subscribe', ...args, '--api', pipeline.url('alerts'), '--token', 'wrong-token'], refused),
    ).toBe(2);
    expect(refused.err()).toMatch(/401/);
  });

  it('given a subscription, when it is paused, resumed and deleted, then the API shows each state and never the secret', async () => {
    const { id } = await subscribe(reportUrl('lifecycle'), '/lifecycle', 'any-change', []);
    const paused = await alerts('PATCH', `/subscriptions/${id}`, { status: 'paused' });
    expect(paused).toMatchObject({ status: 200, body: { id, status: 'paused' } });
    expect((await alerts('PATCH', `/subscriptions/${id}`, { status: 'gone' })).status).toBe(400);
    expect((await alerts('PATCH', `/subscriptions/${id}`, { paused: false })).body.status).toBe('active');
    const { body: listed } = await alerts('GET', '/subscriptions');
    expect(listed.items.find((item: { id: string }) => item.id === id)).toBeDefined();
    expect(JSON.stringify(listed)).not.toContain('whsec_');
    expect((await alerts('DELETE', `/subscriptions/${id}`)).status).toBe(204);
    expect((await alerts('GET', `/subscriptions/${id}`)).status).toBe(404);
  });

  // Deliveries are counted as rows, not as requests at the receiver: a retry of an earlier test may
  // still be on its way there, and a delivery the replay created could be sent only after the check.
  it('given a new consumer group replays the whole log, then no alert is sent again', async () => {
    const { DATABASE_URL: databaseUrl, KAFKA_BROKERS: brokers } = pipeline.env;
    const ends = await logEndOffsets(brokers, pipeline.runId);
    await reachEnd(databaseUrl, pipeline.env.ALERTS_CONSUMER_GROUP, ends, 'the first group');
    await pipeline.stopApp('alerts');
    const before = await deliveryIds(databaseUrl);
    pipeline.env.ALERTS_CONSUMER_GROUP = `${pipeline.runId}.alerts-replay`;
    await pipeline.startApp('alerts');

    await reachEnd(databaseUrl, pipeline.env.ALERTS_CONSUMER_GROUP, ends, 'the replaying group');

    expect(before.length).toBeGreaterThan(0);
    expect(await deliveryIds(databaseUrl)).toEqual(before);
  });
});

/** "topic/partition" -> end offset, for the topics alerts reads. */
async function logEndOffsets(brokers: string, prefix: string): Promise<Record<string, string>> {
  const admin = new Kafka({ brokers: brokers.split(','), logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const topics = topicNames(prefix);
    const ends: Record<string, string> = {};
    for (const topic of [topics.revisions, topics.analyses]) {
      for (const { partition, high } of await admin.fetchTopicOffsets(topic))
        if (high !== '0') ends[`${topic}/${partition}`] = high;
    }
    return ends;
  } finally {
    await admin.disconnect();
  }
}

/** Rows of one query, on a connection of its own: what the apps committed, read as an operator would. */
async function queryRows(databaseUrl: string, sql: string, parameters: unknown[] = []): Promise<any[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, parameters)).rows;
  } finally {
    await client.end();
  }
}

/** "topic/partition" -> next offset, as the alerts consumer records it with what it applied. */
async function progressOf(databaseUrl: string, group: string): Promise<Record<string, string>> {
  const rows = await queryRows(
    databaseUrl,
    'SELECT topic, partition, next_offset::text AS next FROM alerts.consumer_progress WHERE consumer = $1',
    [group],
  );
  return Object.fromEntries(rows.map((row) => [`${row.topic}/${row.partition}`, row.next]));
}

/** Resolves once `group` has applied every event up to `ends`: what it decided is committed by then. */
async function reachEnd(databaseUrl: string, group: string, ends: Record<string, string>, who: string): Promise<void> {
  await waitFor(
    () => progressOf(databaseUrl, group),
    (progress) => Object.entries(ends).every(([partition, end]) => (progress[partition] ?? '0') === end),
    { what: `${who} to reach the end of the log`, timeoutMs: 60_000 },
  );
}

/** Every delivery the alerts app has created, one row per alert whether or not it was sent yet. */
async function deliveryIds(databaseUrl: string): Promise<string[]> {
  const rows = await queryRows(databaseUrl, 'SELECT id FROM alerts.deliveries ORDER BY id');
  return rows.map((row) => row.id);
}

/** Per revision of the report, the keys of the figure changes diff emitted, sorted. */
async function figureChangeKeys(databaseUrl: string, reportId: string): Promise<Record<number, string[]>> {
  const rows = await queryRows(
    databaseUrl,
    `SELECT (message->'payload'->>'revision')::int AS revision, array_agg(message->'payload'->>'key') AS keys
     FROM diff.outbox WHERE message->>'type' = 'FigureChanged' AND message->>'reportId' = $1 GROUP BY 1`,
    [reportId],
  );
  return Object.fromEntries(rows.map((row) => [row.revision, [...row.keys].sort()]));
}

/** Whether diff has published the analysis of the report's revision and everything it derived before. */
async function analysisPublished(databaseUrl: string, reportId: string, revision: number): Promise<boolean> {
  const [row] = await queryRows(
    databaseUrl,
    `SELECT count(*) FILTER (WHERE published_at IS NULL)::int AS unpublished,
            count(*) FILTER (WHERE message->>'type' = 'RevisionAnalyzed'
                               AND (message->'payload'->>'revision')::int = $2)::int AS analysed
     FROM diff.outbox WHERE message->>'reportId' = $1`,
    [reportId, revision],
  );
  return row.analysed === 1 && row.unpublished === 0;
}
