import type { INestApplication } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServiceMetrics } from './service-metrics';

/** Serves the app's registry at GET /metrics in the Prometheus text format, beside Nest's routes. */
export function serveMetrics(app: INestApplication, metrics: ServiceMetrics): void {
  app.getHttpAdapter().get('/metrics', async (_request: IncomingMessage, response: ServerResponse) => {
    response.setHeader('content-type', metrics.registry.contentType);
    response.end(await metrics.render());
  });
}
