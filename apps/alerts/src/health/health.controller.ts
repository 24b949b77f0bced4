import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { EventConsumer } from '@palimpsest/kafka';
import { consumingAppHealth } from '@palimpsest/platform';
import { AlertsResources } from '../alerts-resources';

@Controller('health')
export class HealthController {
  constructor(
    private readonly resources: AlertsResources,
    private readonly consumer: EventConsumer,
  ) {}

  @Get()
  async health() {
    let deliveries: unknown;
    try {
      [deliveries] = await this.resources.dataSource.query(
        `SELECT count(*) FILTER (WHERE status = 'pending')::int AS pending,
                count(*) FILTER (WHERE status = 'dead-lettered')::int AS "deadLettered",
                (SELECT count(*)::int FROM alerts.parked_events) AS "parkedEvents"
         FROM alerts.deliveries`,
      );
    } catch (error) {
      throw new ServiceUnavailableException({ status: 'down', app: 'alerts', database: (error as Error).message });
    }
    return consumingAppHealth('alerts', this.consumer, { deliveries });
  }
}
