import { PipelineHealthController } from '../pipeline-health/pipeline-health.controller';
import { PipelineHealthService } from '../pipeline-health/pipeline-health.service';
import { LiveFeed } from './live-feed/live-feed';
import { LiveFeedController } from './live-feed/live-feed.controller';
import { ConsolePages } from './pages/console-pages';
import { ConsolePagesController } from './pages/console-pages.controller';

/** The web console, the live feed and pipeline health, as the projection module registers them. */
export const CONSOLE_CONTROLLERS = [ConsolePagesController, LiveFeedController, PipelineHealthController];
export const CONSOLE_PROVIDERS = [LiveFeed, ConsolePages, PipelineHealthService];
