import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { EventConsumer } from '@palimpsest/kafka';
import { consumingAppHealth } from '@palimpsest/platform';
import { ProjectionResources } from '../projection-resources';

@Controller('health')
export class HealthController {
  constructor(
    private readonly resources: ProjectionResources,
    private readonly consumer: EventConsumer,
  ) {}

  @Get()
  async health() {
    try {
      await this.resources.dataSource.query('SELECT 1');
    } catch (error) {
      throw new ServiceUnavailableException({ status: 'down', app: 'projection', database: (error as Error).message });
    }
    return consumingAppHealth('projection', this.consumer, {});
  }
}
