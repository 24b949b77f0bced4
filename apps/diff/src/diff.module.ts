import { DynamicModule, Module } from '@nestjs/common';
import { EVENT_ROUTER, EventConsumer, eventsController } from '@palimpsest/kafka';
import { Closeables, EdgeSecurityModule } from '@palimpsest/platform';
import { DiffResources } from './diff-resources';
import { ReanalysesController } from './reanalyze/reanalyses.controller';
import { AnalysisRepository } from './revisions/analyze-revision/analysis.repository';
import { AnalyzeRevisionService } from './revisions/analyze-revision/analyze-revision.service';
import { RevisionEventsRouter } from './revisions/revision-events.router';

@Module({})
export class DiffModule {
  static register(resources: DiffResources, closeables: Closeables, consumer: EventConsumer): DynamicModule {
    return {
      module: DiffModule,
      imports: [EdgeSecurityModule.register(resources.config)],
      controllers: [eventsController(), ReanalysesController],
      providers: [
        { provide: DiffResources, useValue: resources },
        { provide: Closeables, useValue: closeables },
        { provide: EventConsumer, useValue: consumer },
        { provide: EVENT_ROUTER, useClass: RevisionEventsRouter },
        AnalysisRepository,
        AnalyzeRevisionService,
      ],
    };
  }
}
