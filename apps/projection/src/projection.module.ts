import { DynamicModule, Module } from '@nestjs/common';
import { EVENT_ROUTER, EventConsumer, eventsController } from '@palimpsest/kafka';
import { Closeables, EdgeSecurityModule } from '@palimpsest/platform';
import { ConsoleModule } from './console/console.module';
import { DeadLettersController } from './dead-letters/dead-letters.controller';
import { ProjectionResources } from './projection-resources';
import { ConsistencyProjector } from './projectors/consistency-projector';
import { FigureIntervalProjector } from './projectors/figure-interval-projector';
import { FigureProjector } from './projectors/figure-projector';
import { ProjectionEventsRouter } from './projectors/projection-events.router';
import { ReportProjector } from './projectors/report-projector';
import { ReadModelApplier } from './projectors/read-model-applier';
import { ReadModelBatchApplier } from './projectors/read-model-batch-applier';
import { SilentEditProjector } from './projectors/silent-edit-projector';
import { ChangesController } from './queries/changes-feed/changes.controller';
import { ChangesRepository } from './queries/changes-feed/changes.repository';
import { ConsistencyController } from './queries/consistency/consistency.controller';
import { ConsistencyRepository } from './queries/consistency/consistency.repository';
import { FigureHistoryController } from './queries/figure-history/figure-history.controller';
import { FigureHistoryRepository } from './queries/figure-history/figure-history.repository';
import { FiguresAsOfRepository } from './queries/figures-as-of/figures-as-of.repository';
import { FiguresController } from './queries/figures-as-of/figures.controller';
import { ListReportsController } from './queries/list-reports/list-reports.controller';
import { ListReportsRepository } from './queries/list-reports/list-reports.repository';
import { ReadModelsRepository } from './queries/read-models.repository';
import { ReportsController } from './queries/reports.controller';
import { RevisionDiffController } from './queries/revision-diff/revision-diff.controller';
import { RevisionController } from './queries/revision-text/revision.controller';
import { RevisionRepository } from './queries/revision-text/revision.repository';
import { SilentEditsController } from './queries/silent-edits/silent-edits.controller';
import { SilentEditsRepository } from './queries/silent-edits/silent-edits.repository';
import { ActiveReadModels } from './rebuild/active-read-models';
import { GenerationsRepository } from './rebuild/generations.repository';
import { RebuildRunner } from './rebuild/rebuild-runner';
import { RebuildsController } from './rebuild/rebuilds.controller';

// Controllers with fixed path segments come before `reports/:id` so Express tries them first.
const QUERY_CONTROLLERS = [
  ListReportsController,
  FigureHistoryController,
  FiguresController,
  RevisionController,
  RevisionDiffController,
  ConsistencyController,
  ReportsController,
  ChangesController,
  SilentEditsController,
];

const QUERY_REPOSITORIES = [
  ReadModelsRepository,
  ListReportsRepository,
  FigureHistoryRepository,
  FiguresAsOfRepository,
  RevisionRepository,
  ConsistencyRepository,
  ChangesRepository,
  SilentEditsRepository,
];

@Module({})
export class ProjectionModule {
  static register(resources: ProjectionResources, closeables: Closeables, consumer: EventConsumer): DynamicModule {
    return {
      module: ProjectionModule,
      // Global so that ConsoleModule, which the projectors need for LiveFeed, reads what this module provides.
      global: true,
      imports: [EdgeSecurityModule.register(resources.config), ConsoleModule],
      controllers: [eventsController(), ...QUERY_CONTROLLERS, RebuildsController, DeadLettersController],
      providers: [
        { provide: ProjectionResources, useValue: resources },
        { provide: Closeables, useValue: closeables },
        { provide: EventConsumer, useValue: consumer },
        { provide: EVENT_ROUTER, useClass: ProjectionEventsRouter },
        ReportProjector,
        FigureProjector,
        FigureIntervalProjector,
        ConsistencyProjector,
        SilentEditProjector,
        ReadModelApplier,
        ReadModelBatchApplier,
        GenerationsRepository,
        // Query repositories read the active generation through it.
        { provide: ActiveReadModels, useValue: new ActiveReadModels(resources.dataSource) },
        RebuildRunner,
        ...QUERY_REPOSITORIES,
      ],
      exports: [ProjectionResources, Closeables, EventConsumer, ReadModelsRepository],
    };
  }
}
