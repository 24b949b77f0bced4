import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { EventConsumer } from '@palimpsest/kafka';
import { DiffResources } from '../diff-resources';

@Controller('health')
export class HealthController {
  constructor(
    private readonly resources: DiffResources,
    private readonly consumer: EventConsumer,
  ) {}

  @Get()
  async health() {
    try {
      const [{ pending }] = await this.resources.dataSource.query(
        `SELECT count(*)::int AS pending FROM diff.outbox WHERE published_at IS NULL`,
      );
      return { status: 'ok', app: 'diff', database: 'up', consumer: this.consumer.stats, outbox: { pending } };
    } catch (error) {
      throw new ServiceUnavailableException({ status: 'down', app: 'diff', database: (error as Error).message });
    }
  }
}
