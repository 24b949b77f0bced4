import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { PalimpsestEvent } from '@palimpsest/contracts';
import { ReadModelsRepository } from '../../queries/read-models.repository';
import { contextFromEvent, FeedItem, ReportContext, toFeedItem } from './feed-item';
import { RingBuffer } from './ring-buffer';

/** Enough for the console's first screen and for a reconnecting client to catch up. */
const RECENT_ITEMS = 200;

export type FeedListener = (item: FeedItem) => void;

/**
 * What the projection has just applied, for the console and `palimpsest watch`:
 * told by the router after each transaction commits, kept in a small ring
 * buffer, and pushed to every open stream.
 */
@Injectable()
export class LiveFeed implements BeforeApplicationShutdown {
  private readonly logger = new Logger(LiveFeed.name);
  private readonly recent = new RingBuffer<FeedItem>(RECENT_ITEMS);
  private readonly listeners = new Set<FeedListener>();
  private readonly closers = new Set<() => void>();

  constructor(private readonly readModels: ReadModelsRepository) {}

  /** Called once an event's transaction has committed; never throws into the consumer. */
  applied(event: PalimpsestEvent): void {
    this.publish(event).catch((error: Error) =>
      this.logger.warn({ msg: 'live feed skipped an event', eventId: event.id, error: error.message }),
    );
  }

  recentItems(): FeedItem[] {
    return this.recent.toArray();
  }

  /** Subscribes a stream; `close` ends it when the app shuts down. Returns the unsubscribe function. */
  subscribe(listener: FeedListener, close: () => void): () => void {
    this.listeners.add(listener);
    this.closers.add(close);
    return () => {
      this.listeners.delete(listener);
      this.closers.delete(close);
    };
  }

  /** Open streams would keep the HTTP server from closing. */
  beforeApplicationShutdown(): void {
    for (const close of [...this.closers]) close();
    this.listeners.clear();
    this.closers.clear();
  }

  private async publish(event: PalimpsestEvent): Promise<void> {
    const context = contextFromEvent(event) ?? (await this.findContext(event.reportId));
    if (!context) return;
    const item = toFeedItem(event, context);
    if (!item || !this.recent.push(item)) return;
    for (const listener of this.listeners) listener(item);
  }

  private async findContext(reportId: string): Promise<ReportContext | null> {
    const report = await this.readModels.findReport(reportId);
    return report ? { publisher: report.publisher, title: report.title, url: report.url } : null;
  }
}
