import { SourcesController } from './manage-sources/sources.controller';
import { PollTargetService } from './poll-sources/poll-target.service';
import { SourcePoller } from './poll-sources/source-poller';
import { SourcesRepository } from './sources.repository';

/** What the sources feature adds to the ingest module. */
export const SOURCES_CONTROLLERS = [SourcesController];
export const SOURCES_PROVIDERS = [SourcesRepository, PollTargetService, SourcePoller];
