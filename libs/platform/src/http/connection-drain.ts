import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/**
 * Lets a stopping server finish. Node's `server.close()` stops accepting connections and closes
 * the idle ones, but a keep-alive connection busy at that moment stays open after its response,
 * and a client that keeps sending over it (a fetch pool, a load balancer) keeps the server from
 * ever closing: the process then waits out its grace period and is killed mid-request. Once
 * draining, every response asks the client to close, so each connection ends after the request
 * it carries and the server closes as soon as those are answered.
 */
export class ConnectionDrain {
  private draining = false;

  /** Express middleware; install it before any route. */
  readonly middleware = (_request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    if (this.draining) response.setHeader('connection', 'close');
    next();
  };

  get isDraining(): boolean {
    return this.draining;
  }

  start(server: Server): void {
    this.draining = true;
    server.closeIdleConnections();
  }
}
