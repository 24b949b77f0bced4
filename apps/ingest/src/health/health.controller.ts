import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { IngestResources } from '../ingest-resources';

@Controller('health')
export class HealthController {
  constructor(private readonly resources: IngestResources) {}

  @Get()
  async health() {
    try {
      const [{ pending }] = await this.resources.dataSource.query(
        `SELECT count(*)::int AS pending FROM ingest.outbox WHERE published_at IS NULL`,
      );
      return {
        status: 'ok',
        app: 'ingest',
        database: 'up',
        outbox: { pending, published: this.resources.relay.published },
      };
    } catch (error) {
      throw new ServiceUnavailableException({ status: 'down', app: 'ingest', database: (error as Error).message });
    }
  }
}
