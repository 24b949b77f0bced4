import type { CallHandler, ExecutionContext, INestApplication, NestInterceptor } from '@nestjs/common';
import type { ServiceMetrics } from '@palimpsest/platform';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Observable } from 'rxjs';
import { tap } from 'rxjs';

const CAPTURES = '/captures';

/**
 * Counts captures by outcome: recorded and unchanged as the handler answers,
 * rejected by status code wherever the refusal came from (validation, the
 * token guard, the body limit, the rate limit).
 */
export function countCaptures(app: INestApplication, metrics: ServiceMetrics): void {
  const captures = metrics.counter('palimpsest_captures_total', 'Captures received, by outcome', ['outcome', 'status']);
  app.use(CAPTURES, (request: IncomingMessage, response: ServerResponse, next: () => void) => {
    if (request.method === 'POST') {
      response.on('finish', () => {
        if (response.statusCode >= 400) captures.inc({ outcome: 'rejected', status: String(response.statusCode) });
      });
    }
    next();
  });
  app.useGlobalInterceptors(new CaptureOutcomeInterceptor((outcome) => captures.inc({ outcome, status: '202' })));
}

class CaptureOutcomeInterceptor implements NestInterceptor {
  constructor(private readonly count: (outcome: string) => void) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<IncomingMessage>();
    const isCapture = request.method === 'POST' && request.url?.split('?')[0] === CAPTURES;
    return next.handle().pipe(
      tap((body) => {
        const status = (body as { status?: unknown } | null)?.status;
        if (isCapture && (status === 'recorded' || status === 'unchanged')) this.count(status);
      }),
    );
  }
}
