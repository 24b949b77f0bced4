import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { throwError } from 'rxjs';

interface HttpLikeError {
  status?: unknown;
  statusCode?: unknown;
  expose?: unknown;
  message?: unknown;
}

/**
 * The one answer to errors at every app's HTTP edge: client errors keep their
 * reason; anything else is "internal error" with a request id, and the stack
 * goes to the log only, so no stack trace, SQL or secret ever reaches a client.
 */
@Catch()
export class EdgeExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(EdgeExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost) {
    // Microservices inherit the app's filters; the consumer adapter handles its own errors.
    if (host.getType() !== 'http') return throwError(() => exception);
    const http = host.switchToHttp();
    const request = http.getRequest<{ method?: string; url?: string; headers: Record<string, unknown> }>();
    const response = http.getResponse<{ headersSent: boolean; status(code: number): { json(body: unknown): void } }>();
    if (response.headersSent) return;
    const requestId = requestIdOf(request.headers['x-request-id']);
    const answer = clientAnswer(exception);
    if (answer) return response.status(answer.statusCode).json(answer.body);
    this.logger.error({
      msg: 'internal error',
      requestId,
      method: request.method,
      url: pathOnly(request.url),
      error: describe(exception),
    });
    return response.status(500).json({ statusCode: 500, message: 'internal error', requestId });
  }
}

function clientAnswer(exception: unknown): { statusCode: number; body: unknown } | null {
  if (exception instanceof HttpException) {
    const statusCode = exception.getStatus();
    const body = exception.getResponse();
    return { statusCode, body: typeof body === 'string' ? { statusCode, message: body } : body };
  }
  // body-parser and other http-errors: `expose` marks a message written for the client (413, 415, 400 ...).
  const error = (exception ?? {}) as HttpLikeError;
  const statusCode = Number(error.statusCode ?? error.status);
  if (error.expose === true && statusCode >= 400 && statusCode < 500) {
    return { statusCode, body: { statusCode, message: String(error.message) } };
  }
  return null;
}

function requestIdOf(header: unknown): string {
  return typeof header === 'string' && /^[\w.-]{1,64}$/.test(header) ? header : randomUUID();
}

/** Query strings may carry tokens or personal data; the log keeps the path. */
function pathOnly(url: string | undefined): string | undefined {
  return url?.split('?')[0];
}

function describe(exception: unknown): string {
  return exception instanceof Error ? (exception.stack ?? exception.message) : String(exception);
}
