import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { EventConsumer } from '@palimpsest/kafka';
import { consumingAppHealth } from '@palimpsest/platform';
import { DiffResources } from '../diff-resources';

@Controller('health')
export class HealthController {
  constructor(
    private readonly resources: DiffResources,
    private readonly consumer: EventConsumer,
  ) {}

  @Get()
  async health() {
    let pending: number;
    try {
      [{ pending }] = await this.resources.dataSource.query(
        `SELECT count(*)::int AS pending FROM diff.outbox WHERE published_at IS NULL`,
      );
    } catch (error) {
      throw new ServiceUnavailableException({ status: 'down', app: 'diff', database: (error as Error).message });
    }
    return consumingAppHealth('diff', this.consumer, { outbox: { pending } });
  }
}
