import type { NestExpressApplication } from '@nestjs/platform-express';
import { Closeables } from '../closeables';
import { ConnectionDrain } from './connection-drain';
import type { EdgeConfig } from './edge-config';
import { EDGE_CONFIG } from './edge-config';
import { EdgeExceptionFilter } from './edge-exception.filter';
import { refuseNulInUrl } from './refuse-nul';
import { RequestValidationPipe } from './request-validation';
import { securityHeaders } from './security-headers';
import { writeTokenGate } from './write-token-gate';

export interface HttpEdgeOptions {
  /** Largest request body; larger ones are refused with 413 before any handler runs. */
  bodyLimitBytes: number;
  /** Content types read as a raw string body (ingest takes pages as text/html and text/plain). */
  textTypes?: string[];
}

/**
 * What every app applies at its HTTP edge: connection draining on shutdown,
 * security headers, NUL refused in URLs, the token check on writes before any
 * body is read, body limits, validation of zod DTOs and the error filter. Create the app with
 * `bodyParser: false`, with EdgeSecurityModule and Closeables in its module.
 */
export function configureHttpEdges(app: NestExpressApplication, options: HttpEdgeOptions): void {
  const drain = new ConnectionDrain();
  app.use(drain.middleware);
  app.disable('x-powered-by');
  app.use(securityHeaders());
  app.use(refuseNulInUrl);
  // Before the body parsers: a write without the token is refused unread.
  const edge = app.get<EdgeConfig>(EDGE_CONFIG);
  app.use(writeTokenGate(edge.apiToken, edge.rateLimitPerMinute));
  app.get(Closeables).onShutdownRequested(() => drain.start(app.getHttpServer()));
  app.useBodyParser('json', { limit: options.bodyLimitBytes });
  if (options.textTypes) app.useBodyParser('text', { limit: options.bodyLimitBytes, type: options.textTypes });
  app.useGlobalPipes(new RequestValidationPipe());
  app.useGlobalFilters(new EdgeExceptionFilter());
}
