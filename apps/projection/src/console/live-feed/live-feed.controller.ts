import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import type { ServerResponse } from 'node:http';
import { z } from 'zod/v4';
import { FeedItem, matchesFilter } from './feed-item';
import { LiveFeed } from './live-feed';

/** Blank means no filter: the console's form sends empty fields. */
const optionalText = (description: string) =>
  z
    .string()
    .optional()
    .transform((value) => value?.trim() || undefined)
    .describe(description);

class FeedFilterDto extends createZodDto(
  z
    .object({ publisher: optionalText('host without www.'), report: optionalText('report id') })
    .transform(({ publisher, report }) => ({ publisher, reportId: report })),
) {}

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
  stream(@Query() filter: FeedFilterDto, @Res() response: ServerResponse): void {
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
  recent(@Query() filter: FeedFilterDto) {
    return {
      items: this.feed
        .recentItems()
        .filter((item) => matchesFilter(item, filter))
        .reverse(),
    };
  }
}
