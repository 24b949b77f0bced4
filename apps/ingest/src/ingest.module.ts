import { DynamicModule, Module } from '@nestjs/common';
import { Closeables } from '@palimpsest/platform';
import { RecordCaptureController } from './captures/record-capture/record-capture.controller';
import { RecordCaptureService } from './captures/record-capture/record-capture.service';
import { HealthController } from './health/health.controller';
import { IngestResources } from './ingest-resources';
import { ReportLogRepository } from './report-log/report-log.repository';

@Module({})
export class IngestModule {
  static register(resources: IngestResources, closeables: Closeables): DynamicModule {
    return {
      module: IngestModule,
      controllers: [RecordCaptureController, HealthController],
      providers: [
        { provide: IngestResources, useValue: resources },
        { provide: Closeables, useValue: closeables },
        ReportLogRepository,
        RecordCaptureService,
      ],
    };
  }
}
