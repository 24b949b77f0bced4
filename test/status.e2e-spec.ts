import { runCommandLine } from '../apps/cli/src/run';
import { fakeIo } from '../apps/cli/src/testing/fake-io.spec-helper';
import { authorised } from './support/authorised';
import { getJson, Pipeline } from './support/pipeline';
import { waitFor } from '../deploy/kafka/wait-for';

const BURST = 1_000;
const PARALLEL = 16;

/**
 * `palimpsest status` run in-process against the four running apps: after a
 * burst of 1,000 captures has been processed, every consumer group is at lag 0.
 */
describe('palimpsest status after a burst of captures', () => {
  const pipeline = new Pipeline();

  const status = async (...extra: string[]) => {
    const io = fakeIo({});
    const code = await runCommandLine(['status', '--api', pipeline.url('projection'), ...extra], io);
    return { code, out: io.out(), err: io.err() };
  };
  const capture = (index: number) =>
    fetch(`${pipeline.url('ingest')}/captures`, {
      method: 'POST',
      headers: authorised(pipeline, { 'content-type': 'application/json' }),
      body: JSON.stringify({
        url: `https://burst.example/reports/${index}`,
        text: `# Burst report ${index}\n\nWe removed ${index + 1} accounts and about ${(index + 1) * 10} Pages.`,
        observedAt: '2026-01-01T00:00:00Z',
      }),
    }).then((response) => response.status);
  const reportsSeen = async () => {
    let count = 0;
    let cursor: string | null = null;
    do {
      const query: URLSearchParams = new URLSearchParams({ publisher: 'burst.example', limit: '500' });
      if (cursor) query.set('cursor', cursor);
      const { body } = await getJson<{ items: unknown[]; nextCursor: string | null }>(
        `${pipeline.url('projection')}/reports?${query}`,
      );
      count += body.items.length;
      cursor = body.nextCursor;
    } while (cursor);
    return count;
  };

  beforeAll(async () => {
    // The burst is one client on purpose: the write rate limit is not what this test is about.
    pipeline.env.RATE_LIMIT_PER_MINUTE = String(BURST * 10);
    await pipeline.start(['ingest', 'diff', 'projection', 'alerts']);
  });
  afterAll(async () => {
    await pipeline.stop();
  });

  it('given 1,000 captures processed, then status shows lag 0 for every consumer group', async () => {
    const startedAt = Date.now();
    const statuses: number[] = [];
    for (let next = 0; next < BURST; next += PARALLEL) {
      const batch = Array.from({ length: Math.min(PARALLEL, BURST - next) }, (_, offset) => capture(next + offset));
      statuses.push(...(await Promise.all(batch)));
    }
    expect(statuses.filter((code) => code !== 202)).toEqual([]);
    const capturedMs = Date.now() - startedAt;

    await waitFor(reportsSeen, (count) => count === BURST, {
      timeoutMs: 240_000,
      intervalMs: 500,
      what: 'all reports',
    });
    const processedMs = Date.now() - startedAt;
    // Offsets are committed once a batch is handled, a moment after its last event is applied.
    const { code, out } = await waitFor(
      () => status(),
      ({ out }) => groupRows(out).length === 3 && groupRows(out).every((row) => row.lag === 0),
      { timeoutMs: 30_000, intervalMs: 250, what: 'lag 0 in every group' },
    );

    expect(code).toBe(0);
    expect(groupRows(out).map((row) => row.app)).toEqual(['diff', 'projection', 'alerts']);
    expect(out).toMatch(/broker\s+up/);
    expect(out).toMatch(/database\s+up/);
    expect(out).toContain('dead letters: 0');
    process.stdout.write(
      `status e2e: ${BURST} captures accepted in ${capturedMs} ms, projected in ${processedMs} ms\n${out}`,
    );
  }, 300_000);

  it('given --partitions, then every partition of every group is listed at lag 0', async () => {
    const { out } = await status('--partitions');
    const partitionRows = out
      .split('\n')
      .filter((line) => line.startsWith(`${pipeline.runId}.`) && /\.v1\s/.test(line));
    // diff reads one topic, projection and alerts two, three partitions each (KAFKA_PARTITIONS=3).
    expect(partitionRows).toHaveLength(15);
    expect(partitionRows.every((line) => /\s0$/.test(line))).toBe(true);
  });

  it('given --format json, then the health document itself', async () => {
    const { out } = await status('--format', 'json');
    const health = JSON.parse(out);
    expect(health.groups.map((group: { lag: number }) => group.lag)).toEqual([0, 0, 0]);
    const committed = health.groups[0].partitions.reduce(
      (sum: number, p: { committed: number }) => sum + p.committed,
      0,
    );
    expect(committed).toBeGreaterThanOrEqual(BURST);
  });

  it('given the burst, then every app serves Prometheus metrics that count it', async () => {
    const metrics = async (app: 'ingest' | 'diff' | 'projection' | 'alerts') => {
      const response = await fetch(`${pipeline.url(app)}/metrics`);
      expect(response.headers.get('content-type')).toContain('text/plain');
      return response.text();
    };
    expect(await metrics('ingest')).toMatch(
      /^palimpsest_captures_total\{outcome="recorded",status="202",app="ingest"\} 1000$/m,
    );
    for (const app of ['diff', 'projection', 'alerts'] as const) {
      const text = await metrics(app);
      expect(text).toMatch(
        new RegExp(
          `^palimpsest_events_processed_total\\{[^}]*type="RevisionRecorded",outcome="processed",app="${app}"\\} 1000$`,
          'm',
        ),
      );
      expect(text).toContain('palimpsest_event_processing_seconds_bucket{le="+Inf"');
      expect(text).not.toMatch(/^palimpsest_consumer_lag\{.*\} [1-9]/m);
      expect(text).toMatch(
        new RegExp(`^palimpsest_consumer_lag\\{group="${pipeline.runId}\\.${app}",[^}]*\\} 0$`, 'm'),
      );
    }
    expect(await metrics('alerts')).toContain('# TYPE palimpsest_webhook_attempts_total counter');
  });
});

/** The group table's data rows: app, group, state, lag, events/s, last event. */
function groupRows(out: string): Array<{ app: string; lag: number }> {
  return out
    .split('\n')
    .map((line) => line.trim().split(/\s{2,}/))
    .filter((cells) => ['diff', 'projection', 'alerts'].includes(cells[0]) && cells.length >= 4)
    .map((cells) => ({ app: cells[0], lag: Number(cells[3]) }));
}
