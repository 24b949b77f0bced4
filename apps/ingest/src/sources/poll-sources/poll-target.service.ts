import { Injectable, Logger } from '@nestjs/common';
import { canonicalUrl, reportIdFor } from '@palimpsest/contracts';
import { appendToOutbox } from '@palimpsest/platform';
import { parseCaptureRequest } from '../../captures/record-capture/capture-request';
import { RecordCaptureService } from '../../captures/record-capture/record-capture.service';
import { IngestResources } from '../../ingest-resources';
import { ReportLogRepository } from '../../report-log/report-log.repository';
import { FetchFailedError } from '../fetch/fetch-errors';
import { HostLimiter } from '../fetch/host-limiter';
import { HttpAnswer, httpGet } from '../fetch/http-get';
import { RobotsPolicy } from '../fetch/robots-policy';
import { parseListing } from '../listings/parse-listing';
import { WatchedTarget } from '../source';
import { SourcesRepository } from '../sources.repository';
import { decodePage } from './decode-page';
import { nextPollDelay } from './next-poll';
import { extendStreak, planSourceFailing } from './plan-source-failing';

/** Polls one watched URL: fetch politely, record the page or read the listing, and keep the URL's state. */
@Injectable()
export class PollTargetService {
  private readonly logger = new Logger(PollTargetService.name);
  private readonly hosts: HostLimiter;
  private readonly robots: RobotsPolicy;

  constructor(
    private readonly resources: IngestResources,
    private readonly sources: SourcesRepository,
    private readonly reports: ReportLogRepository,
    private readonly recordCapture: RecordCaptureService,
  ) {
    this.hosts = new HostLimiter(resources.config.sources.fetch.hostConcurrency);
    this.robots = new RobotsPolicy(resources.config.sources.fetch);
  }

  async poll(target: WatchedTarget, now: Date): Promise<void> {
    try {
      const outcome = await this.hosts.run(new URL(target.url).host, () => this.fetchAndApply(target, now));
      await this.succeed(target, now, outcome);
    } catch (error) {
      if (!(error instanceof FetchFailedError))
        this.logger.error({ msg: 'poll failed', url: target.url, error: (error as Error).stack });
      await this.fail(target, now, (error as Error).message);
    }
  }

  private async fetchAndApply(target: WatchedTarget, now: Date) {
    if (!(await this.robots.allows(target.url, now.getTime()))) {
      return { outcome: 'disallowed by robots.txt', etag: target.etag, lastModified: target.lastModified };
    }
    const answer = await httpGet(target.url, this.resources.config.sources.fetch, target);
    if (answer.status === 304) {
      if (target.role === 'page') await this.confirmUnchanged(target.url, now);
      return { outcome: 'not-modified', etag: target.etag, lastModified: target.lastModified };
    }
    if (answer.status < 200 || answer.status >= 300)
      throw new FetchFailedError(`HTTP ${answer.status} from ${answer.url}`);
    const outcome =
      target.role === 'page' ? await this.recordPage(target, answer, now) : await this.readListing(target, answer, now);
    return { outcome, etag: answer.etag, lastModified: answer.lastModified };
  }

  private async recordPage(target: WatchedTarget, answer: HttpAnswer, now: Date): Promise<string> {
    const page = decodePage(answer);
    const parsed = parseCaptureRequest({ url: target.url, [page.field]: page.content }, now);
    if (!parsed.ok) throw new FetchFailedError(parsed.reason);
    const outcome = await this.recordCapture.record({ ...parsed.value, source: 'watcher' });
    return outcome.status;
  }

  private async readListing(target: WatchedTarget, answer: HttpAnswer, now: Date): Promise<string> {
    const listing = parseListing(decodePage(answer).content, answer.url);
    if (!listing) throw new FetchFailedError(`${answer.url} is not an RSS, Atom or sitemap document`);
    await this.resources.dataSource.transaction(async (manager) => {
      await this.sources.addTargets(manager, target.sourceId, listing.pages, 'page', now.toISOString());
      await this.sources.addTargets(manager, target.sourceId, listing.listings, 'listing', now.toISOString());
    });
    return `listed ${listing.pages.length + listing.listings.length}`;
  }

  /** A 304 is a capture identical to the last one: the report's "last confirmed" moves, no revision is added. */
  private async confirmUnchanged(url: string, now: Date): Promise<void> {
    const reportId = reportIdFor(canonicalUrl(url));
    await this.resources.dataSource.transaction((manager) =>
      this.reports.confirmUnchanged(manager, reportId, now.toISOString()),
    );
  }

  private async succeed(
    target: WatchedTarget,
    now: Date,
    result: { outcome: string; etag: string | null; lastModified: string | null },
  ) {
    const delay = nextPollDelay(this.timing(target), 0, Math.random());
    await this.resources.dataSource.transaction((manager) =>
      this.sources.recordSuccess(manager, target, now.toISOString(), {
        ...result,
        nextPollAt: new Date(now.getTime() + delay).toISOString(),
      }),
    );
  }

  private async fail(target: WatchedTarget, now: Date, error: string): Promise<void> {
    const at = now.toISOString();
    const streak = extendStreak(target, at);
    const event = planSourceFailing(target, streak, error, at, this.resources.config.sources.failureThreshold);
    const delay = nextPollDelay(this.timing(target), streak.consecutiveFailures, Math.random());
    await this.resources.dataSource.transaction(async (manager) => {
      await this.sources.recordFailure(manager, target, at, {
        ...streak,
        error,
        nextPollAt: new Date(now.getTime() + delay).toISOString(),
      });
      if (event) await appendToOutbox(manager, 'ingest', this.resources.topics.revisions, [event]);
    });
    if (event) {
      this.logger.warn({
        msg: 'source failing',
        sourceId: target.sourceId,
        url: target.url,
        failures: streak.consecutiveFailures,
        error,
      });
    }
  }

  private timing(target: WatchedTarget) {
    const { jitter, maxBackoffMs } = this.resources.config.sources;
    return { intervalMs: target.intervalMs, jitter, maxBackoffMs };
  }
}
