import { Module } from '@nestjs/common';
import { PipelineHealthController } from '../pipeline-health/pipeline-health.controller';
import { PipelineHealthService } from '../pipeline-health/pipeline-health.service';
import { LiveFeed } from './live-feed/live-feed';
import { LiveFeedController } from './live-feed/live-feed.controller';
import { ConsolePages } from './pages/console-pages';
import { ConsolePagesController } from './pages/console-pages.controller';

/**
 * The web console, the live feed and pipeline health: what people look at, apart from the
 * query API and the projectors. It uses what ProjectionModule exports (resources, consumer,
 * closeables, read models) and gives the projectors LiveFeed to announce what they applied.
 *
 * Decision (issue 15, item 11): a module of the projection app, not an app of its own. The
 * live feed is fed by this process's projector commits and the pages read the same read
 * models, so a separate app would need a new event path and a second copy of the read side
 * for no gain; a module keeps the boundary visible and can move out whole if that changes.
 */
@Module({
  controllers: [ConsolePagesController, LiveFeedController, PipelineHealthController],
  providers: [LiveFeed, ConsolePages, PipelineHealthService],
  exports: [LiveFeed],
})
export class ConsoleModule {}
