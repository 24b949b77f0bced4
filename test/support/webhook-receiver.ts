import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One webhook request as it arrived. */
export interface ReceivedHook {
  path: string;
  deliveryId: string;
  timestamp: string;
  signature: string;
  body: string;
  /** `performance.now()` once the whole body was in: the moment the alert counts as delivered. */
  receivedAt: number;
}

/** A status, a status with headers, or 'stall': never answer, as a receiver that hangs would. */
export type HookAnswer = number | 'stall' | { status: number; headers: Record<string, string> };

/**
 * A real webhook receiver on 127.0.0.1 for the end-to-end tests and the bench. It counts each
 * delivery id it accepted (2xx), as the README tells receivers to deduplicate by it, and answers
 * each request as `answer` says, given how many requests that path has seen so far.
 */
export class WebhookReceiver {
  /** Every request, unless the receiver was told not to keep them (a bench run sends many). */
  readonly requests: ReceivedHook[] = [];
  readonly accepted = new Map<string, number>();
  private readonly seenPerPath = new Map<string, number>();
  private readonly stalled: ServerResponse[] = [];
  private server: Server | null = null;
  port = 0;

  constructor(
    private readonly answer: (request: ReceivedHook, seen: number) => HookAnswer = () => 200,
    private readonly keepRequests = true,
  ) {}

  async listen(port = 0): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  url(path = '/hook'): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  at(path: string): ReceivedHook[] {
    return this.requests.filter((request) => request.path === path);
  }

  /** Delivery ids accepted more than once. */
  repeated(): string[] {
    return [...this.accepted].filter(([, count]) => count > 1).map(([id]) => id);
  }

  async close(): Promise<void> {
    for (const response of this.stalled.splice(0)) response.destroy();
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server!.close(resolve));
    this.server = null;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request: ReceivedHook = {
      path: req.url ?? '',
      deliveryId: String(req.headers['x-palimpsest-delivery']),
      timestamp: String(req.headers['x-palimpsest-timestamp']),
      signature: String(req.headers['x-palimpsest-signature']),
      body: Buffer.concat(chunks).toString('utf8'),
      receivedAt: performance.now(),
    };
    if (this.keepRequests) this.requests.push(request);
    const seen = (this.seenPerPath.get(request.path) ?? 0) + 1;
    this.seenPerPath.set(request.path, seen);
    const answer = this.answer(request, seen);
    if (answer === 'stall') {
      this.stalled.push(res);
      return;
    }
    const { status, headers } = typeof answer === 'number' ? { status: answer, headers: {} } : answer;
    if (status >= 200 && status < 300)
      this.accepted.set(request.deliveryId, (this.accepted.get(request.deliveryId) ?? 0) + 1);
    res.writeHead(status, headers).end();
  }
}
