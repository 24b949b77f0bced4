import { PipelineHealthController } from '../pipeline-health/pipeline-health.controller';
import { PipelineHealthService } from '../pipeline-health/pipeline-health.service';
import { LiveFeed } from './live-feed/live-feed';
import { LiveFeedController } from './live-feed/live-feed.controller';
import { ConsolePages } from './pages/console-pages';
import { ConsolePagesController } from './pages/console-pages.controller';

/**
 * The web console, the live feed and pipeline health, as the projection module registers them.
 * Decision (issue 15, item 11): they stay inside the projection app as one separately listed part,
 * not an app of their own: the live feed is fed by the projectors' commits in this process and the
 * pages read the same read models, so a separate app would need a new event path for no gain.
 * They depend on the query side (ReadModelsRepository) and the consumer; nothing else depends on them
 * except the projection router's hand-off to LiveFeed.
 */
export const CONSOLE_CONTROLLERS = [ConsolePagesController, LiveFeedController, PipelineHealthController];
export const CONSOLE_PROVIDERS = [LiveFeed, ConsolePages, PipelineHealthService];
