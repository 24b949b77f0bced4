import { Controller, Get, ServiceUnavailableException, Type } from '@nestjs/common';
import { EventConsumer } from '@palimpsest/kafka';
import { DataSource } from 'typeorm';
import { consumingAppHealth } from '../metrics/consumer-health';

export interface HealthOptions {
  app: string;
  dataSource: DataSource;
  /** What the app adds to its answer, read from its database (so it checks it too); a bare `SELECT 1` when absent. */
  details?: () => Promise<Record<string, unknown>>;
  /** The app's consumer, whose condition makes the answer ok, degraded or down. */
  consumer?: EventConsumer;
}

/**
 * Every app's GET /health: `{ status, app, database: "up", ...details }`, and `consumer` for a
 * consuming app (see consumingAppHealth); 503 `{ status: "down", app, database: reason }` when the
 * database does not answer.
 */
// Ours, not @nestjs/terminus 11: terminus has only up and down (503), and we answer `degraded` with 200 on purpose.
export function healthController({ app, dataSource, details, consumer }: HealthOptions): Type {
  const read = details ?? (() => dataSource.query('SELECT 1').then(() => ({})));

  @Controller('health')
  class HealthController {
    @Get()
    async health() {
      let found: Record<string, unknown>;
      try {
        found = await read();
      } catch (error) {
        throw new ServiceUnavailableException({ status: 'down', app, database: (error as Error).message });
      }
      if (!consumer) return { status: 'ok', app, database: 'up', ...found };
      return consumingAppHealth(app, consumer, found);
    }
  }
  return HealthController;
}
