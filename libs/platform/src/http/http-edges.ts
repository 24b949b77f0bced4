import { NestExpressApplication } from '@nestjs/platform-express';
import { Closeables } from '../closeables';
import { ConnectionDrain } from './connection-drain';
import { EdgeExceptionFilter } from './edge-exception.filter';
import { refuseNulInUrl } from './refuse-nul';

export interface HttpEdgeOptions {
  /** Largest request body; larger ones are refused with 413 before any handler runs. */
  bodyLimitBytes: number;
  /** Content types read as a raw string body (ingest takes pages as text/html and text/plain). */
  textTypes?: string[];
}

/**
 * Body limits, NUL refused in URLs, the error filter and connection draining on shutdown, which every app applies;
 * create the app with `bodyParser: false` and provide its Closeables.
 */
export function configureHttpEdges(app: NestExpressApplication, options: HttpEdgeOptions): void {
  const drain = new ConnectionDrain();
  app.use(drain.middleware);
  app.use(refuseNulInUrl);
  app.get(Closeables).onShutdownRequested(() => drain.start(app.getHttpServer()));
  app.useBodyParser('json', { limit: options.bodyLimitBytes });
  if (options.textTypes) app.useBodyParser('text', { limit: options.bodyLimitBytes, type: options.textTypes });
  app.useGlobalFilters(new EdgeExceptionFilter());
}
