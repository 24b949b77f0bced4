import { DynamicModule, Module } from '@nestjs/common';
import { Closeables, EdgeSecurityModule } from '@palimpsest/platform';
import { RecordCaptureController } from './captures/record-capture/record-capture.controller';
import { RecordCaptureService } from './captures/record-capture/record-capture.service';
import { IngestResources } from './ingest-resources';
import { ReportLogRepository } from './report-log/report-log.repository';
import { SOURCES_CONTROLLERS, SOURCES_PROVIDERS } from './sources/sources.providers';

@Module({})
export class IngestModule {
  static register(resources: IngestResources, closeables: Closeables): DynamicModule {
    return {
      module: IngestModule,
      imports: [EdgeSecurityModule.register(resources.config)],
      controllers: [RecordCaptureController, ...SOURCES_CONTROLLERS],
      providers: [
        { provide: IngestResources, useValue: resources },
        { provide: Closeables, useValue: closeables },
        ReportLogRepository,
        RecordCaptureService,
        ...SOURCES_PROVIDERS,
      ],
    };
  }
}
