import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { fakeIo } from '../apps/cli/src/testing/fake-io.spec-helper';
import { createWatchCommand, openEventStream } from '../apps/cli/src/watch/watch.command';
import { captureTextAs } from './support/authorised';
import { getJson, Pipeline } from './support/pipeline';
import { describeWithSeed, readSeed } from '@palimpsest/shared-folder';
import { SEED_URL, seedBeforeUpdate } from './support/shared-data';
import { waitFor } from '../deploy/kafka/wait-for';

const SCREENSHOTS = resolve(__dirname, '..', '.artifacts', 'screenshots');
const README_SCREENSHOT = resolve(__dirname, '..', 'docs', 'report-page.png');

// Debian's chromium, driven by playwright-core; no browser download, no network beyond 127.0.0.1.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The bound: a capture shows in the open feed within 2 seconds. */
const FEED_LATENCY_MS = 2_000;

/**
 * The web console in real headless Chromium against the running apps: the live
 * feed over server-sent events, the report page with its charts, the diff viewer.
 */
describeWithSeed('web console in headless Chromium', () => {
  const pipeline = new Pipeline();
  const profile = mkdtempSync(join(tmpdir(), 'palimpsest-chromium-'));
  let context: BrowserContext;
  let page: Page;
  // Messages in which the browser reports something the content security policy blocked.
  const blockedByPolicy: string[] = [];
  let reportId: string;

  const consoleUrl = (path: string) => `${pipeline.url('projection')}${path}`;
  const capture = async (text: string, observedAt: string, url = SEED_URL) => {
    const { status, body } = await captureTextAs(pipeline, url, text, observedAt);
    expect(status).toBe(202);
    return body as { reportId: string; revision: number };
  };
  const feedItem = (report: string, revision: number) =>
    page.locator(`#feed li[data-kind="revision"][data-report="${report}"][data-revision="${revision}"]`);
  const screenshot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await pipeline.start();
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1200, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) blockedByPolicy.push(message.text());
    });
  });

  afterAll(async () => {
    await context?.close();
    await pipeline.stop();
    rmSync(profile, { recursive: true, force: true });
  });

  it('given the feed open, when a report is captured, then its revision appears within 2 seconds without reloading', async () => {
    await page.goto(consoleUrl('/'));
    await page.locator('#connection.live').waitFor();
    // A first report warms the consumer group up (joining it takes a rebalance), so the bound measures the pipeline.
    const warmUp = await capture(
      'Warm-up report. 12 accounts were removed.',
      '2018-10-25T10:00:00Z',
      'https://example.org/warm-up',
    );
    await feedItem(warmUp.reportId, 1).waitFor({ timeout: 60_000 });
    // A mark on this document: a reload would lose it.
    await page.evaluate(() => Object.assign(globalThis, { sameDocument: true }));

    const startedAt = Date.now();
    const first = await capture(seedBeforeUpdate(), '2018-10-26T16:00:00Z');
    reportId = first.reportId;
    await feedItem(reportId, 1).waitFor({ timeout: FEED_LATENCY_MS });
    const latencyMs = Date.now() - startedAt;

    expect(latencyMs).toBeLessThan(FEED_LATENCY_MS);
    expect(await page.evaluate(() => (globalThis as { sameDocument?: boolean }).sameDocument)).toBe(true);
    // Newest first: the report's item stands above the warm-up's first item. Later events of either
    // report may already stand above both, since partitions are applied concurrently.
    const order = await page
      .locator('#feed li')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-report')));
    expect(order.indexOf(reportId)).toBeLessThan(order.lastIndexOf(warmUp.reportId));
    const link = feedItem(reportId, 1).locator('a').first();
    await expect(link.getAttribute('href')).resolves.toBe(`/reports/${reportId}/view`);
    process.stdout.write(`console e2e: capture to feed in ${latencyMs} ms\n`);
  });

  it('given the update with its note, then the feed shows the amendment and the figure changes as they arrive', async () => {
    await capture(readSeed(), '2018-10-26T22:00:00Z');
    await feedItem(reportId, 2).waitFor({ timeout: 30_000 });
    await page.locator(`#feed li[data-kind="amendment"][data-report="${reportId}"]`).waitFor({ timeout: 30_000 });
    await page.locator(`#feed li[data-kind="figure"][data-report="${reportId}"]`).first().waitFor({ timeout: 30_000 });
    await screenshot('live-feed');
  });

  it("given a publisher filter, then only that publisher's items are listed", async () => {
    await page.goto(consoleUrl('/?publisher=example.org'));
    await feedItem(await warmUpReportId(), 1).waitFor();
    await expect(page.locator(`#feed li[data-report="${reportId}"]`).count()).resolves.toBe(0);
  });

  it('given the seed report, then its page draws a chart for the events metrics and shows "about 1.02 million"', async () => {
    await waitFor(
      () => getJson(consoleUrl(`/reports/${reportId}/revisions`)),
      ({ body }) => body.items?.length === 2 && body.items.every((item: any) => item.analysis !== null),
      { what: 'both revisions analysed' },
    );
    await page.goto(consoleUrl(`/reports/${reportId}/view`));
    await page.locator('body[data-ready="true"]').waitFor();

    const eventCharts = page.locator('.chart[data-key^="events/"]');
    expect(await eventCharts.count()).toBeGreaterThan(0);
    const inked = await eventCharts
      .first()
      .locator('canvas')
      .evaluate((canvas: any) => {
        const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
        let painted = 0;
        for (let alpha = 3; alpha < data.length; alpha += 4) if (data[alpha] > 0) painted++;
        return painted;
      });
    expect(inked).toBeGreaterThan(100);
    await expect(page.locator('.figure-value', { hasText: /^about 1\.02 million$/ }).count()).resolves.toBe(1);
    await expect(page.locator('.figure-value', { hasText: /^less than \$100$/ }).count()).resolves.toBe(1);
    await expect(page.locator('#timeline .dot').count()).resolves.toBe(4);
    await expect(page.locator('#amendments').textContent()).resolves.toContain('Updated on October 26, 2018');

    await screenshot('report-page');
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      mkdirSync(resolve(README_SCREENSHOT, '..'), { recursive: true });
      await page.screenshot({
        path: README_SCREENSHOT,
        fullPage: true,
        clip: { x: 0, y: 0, width: 1200, height: 1180 },
      });
    }
  });

  it('given revisions 1 and 2 in the diff viewer, then "110 people" is marked as added, with figure badges', async () => {
    await page.goto(consoleUrl(`/reports/${reportId}/compare?from=1&to=2`));
    await page.locator('body[data-ready="true"]').waitFor();

    await expect(page.locator('#blocks ins', { hasText: '110 people' }).count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('#figure-changes .badge.change-added', { hasText: '110' }).count()).resolves.toBe(1);
    await screenshot('diff-inline');

    await page.selectOption('select[name="mode"]', 'side');
    await page.locator('#blocks.side ins', { hasText: '110 people' }).first().waitFor();
    await screenshot('diff-side-by-side');
  });

  it('given the pipeline health page, then every consumer group has a lag row', async () => {
    await page.goto(consoleUrl('/health/pipeline'));
    await page.locator(`#groups tr[data-group="${pipeline.runId}.projection"] td.lag`).waitFor();
    await expect(page.locator('#reachability').textContent()).resolves.toContain('broker up');
    await screenshot('pipeline-health');
  });

  it('given palimpsest watch on the report, then it prints its feed lines until interrupted', async () => {
    const interrupt = new AbortController();
    const io = fakeIo({});
    const sut = createWatchCommand(openEventStream, () => interrupt.signal);
    const exit = sut.run({ positionals: [], values: { api: pipeline.url('projection'), report: reportId } }, io);
    await waitFor(
      async () => io.out(),
      (out) => out.includes('Updated on October 26, 2018'),
      { timeoutMs: 10_000, what: 'the amendment line' },
    );
    interrupt.abort();

    await expect(exit).resolves.toBe(0);
    expect(io.out()).toMatch(
      new RegExp(`^2018-10-26 16:00:00  revision\\s+about\\.fb\\.com ${reportId} r1  first recorded$`, 'm'),
    );
    expect(io.out()).not.toContain('example.org');
  });

  async function warmUpReportId(): Promise<string> {
    const { body } = await getJson(consoleUrl('/reports?publisher=example.org'));
    return body.items[0].id;
  }

  it('given every page above and the API docs, then the content security policy blocked nothing', async () => {
    await page.goto(consoleUrl('/docs'));
    await page.getByText('Palimpsest query API').first().waitFor();
    expect(blockedByPolicy).toEqual([]);
  });
});
