import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { ServerResponse } from 'node:http';
import { FeedFilter, FeedItem, matchesFilter } from './feed-item';
import { LiveFeed } from './live-feed';

/** A comment line every so often keeps proxies from closing an idle stream. */
const KEEP_ALIVE_MS = 15_000;

@ApiTags('live feed')
@Controller('events')
export class LiveFeedController {
  constructor(private readonly feed: LiveFeed) {}

  @Get('stream')
  @ApiOperation({
    summary:
      'Server-sent events: revisions, amendment notes, figure changes and silent edits as the projection applies them',
    description: 'Each message is a FeedItem (JSON) with its event id; the recent items are sent first, oldest first.',
  })
  @ApiQuery({ name: 'publisher', required: false })
  @ApiQuery({ name: 'report', required: false, description: 'report id' })
  stream(@Query() query: Record<string, unknown>, @Res() response: ServerResponse): void {
    const filter = readFilter(query);
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    response.write('retry: 2000\n\n');
    const send = (item: FeedItem) => {
      if (matchesFilter(item, filter)) response.write(`id: ${item.id}\nevent: feed\ndata: ${JSON.stringify(item)}\n\n`);
    };
    this.feed.recentItems().forEach(send);
    const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
    const unsubscribe = this.feed.subscribe(send, () => response.end());
    response.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
    });
  }

  @Get('recent')
  @ApiOperation({ summary: 'The recent feed items, newest first, as JSON' })
  recent(@Query() query: Record<string, unknown>) {
    const filter = readFilter(query);
    return {
      items: this.feed
        .recentItems()
        .filter((item) => matchesFilter(item, filter))
        .reverse(),
    };
  }
}

function readFilter(query: Record<string, unknown>): FeedFilter {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
  return { publisher: text(query.publisher), reportId: text(query.report) };
}
