import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { IngestResources } from '../../ingest-resources';
import { SourcesRepository } from '../sources.repository';
import { PollTargetService } from './poll-target.service';

/**
 * Every SOURCE_POLL_TICK_MS, claims the watched URLs that are due (up to
 * SOURCE_MAX_IN_FLIGHT polls at once) and polls each; a URL's next poll is set
 * when its poll ends. Stops claiming on shutdown and waits for polls in flight.
 */
@Injectable()
export class SourcePoller implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SourcePoller.name);
  private readonly inFlight = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | null = null;
  private ticking: Promise<void> | null = null;

  constructor(
    private readonly resources: IngestResources,
    private readonly sources: SourcesRepository,
    private readonly pollTarget: PollTargetService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.resources.config.sources.polling) return;
    this.timer = setInterval(() => {
      this.ticking ??= this.tick().finally(() => (this.ticking = null));
    }, this.resources.config.sources.tickMs);
  }

  /** Module destruction precedes the shutdown hook that closes the database, so polls in flight can still write. */
  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.ticking;
    await Promise.allSettled([...this.inFlight]);
  }

  private async tick(): Promise<void> {
    const { maxInFlight, fetch } = this.resources.config.sources;
    if (this.inFlight.size >= maxInFlight) return;
    try {
      const now = new Date();
      // Long enough for robots.txt plus every redirect hop to time out.
      const lease = new Date(now.getTime() + fetch.timeoutMs * (fetch.maxRedirects + 3));
      const due = await this.sources.claimDue(now.toISOString(), lease.toISOString(), maxInFlight - this.inFlight.size);
      for (const target of due) {
        const poll = this.pollTarget
          .poll(target, new Date())
          .catch((error: Error) =>
            this.logger.error({ msg: 'recording a poll failed', url: target.url, error: error.message }),
          )
          .finally(() => this.inFlight.delete(poll));
        this.inFlight.add(poll);
      }
    } catch (error) {
      this.logger.error({ msg: 'claiming due sources failed', error: (error as Error).message });
    }
  }
}
