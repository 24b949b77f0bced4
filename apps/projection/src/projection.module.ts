import { DynamicModule, Module } from '@nestjs/common';
import { EVENT_ROUTER, EventConsumer, eventsController } from '@palimpsest/kafka';
import { Closeables } from '@palimpsest/platform';
import { HealthController } from './health/health.controller';
import { ProjectionResources } from './projection-resources';
import { FigureProjector } from './projectors/figure-projector';
import { ProjectionEventsRouter } from './projectors/projection-events.router';
import { ReportProjector } from './projectors/report-projector';
import { ReadModelsRepository } from './queries/read-models.repository';
import { ReportsController } from './queries/reports.controller';

@Module({})
export class ProjectionModule {
  static register(resources: ProjectionResources, closeables: Closeables, consumer: EventConsumer): DynamicModule {
    const { topics } = resources;
    return {
      module: ProjectionModule,
      controllers: [eventsController([topics.revisions, topics.analyses]), ReportsController, HealthController],
      providers: [
        { provide: ProjectionResources, useValue: resources },
        { provide: Closeables, useValue: closeables },
        { provide: EventConsumer, useValue: consumer },
        { provide: EVENT_ROUTER, useClass: ProjectionEventsRouter },
        ReportProjector,
        FigureProjector,
        ReadModelsRepository,
      ],
    };
  }
}
