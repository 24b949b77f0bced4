import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';

/** The part of an alert's webhook body (apps/alerts alert-body.ts) that says which revision it is about. */
interface AlertBodyKey {
  report?: { id?: string };
  revision?: number;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A webhook receiver on 127.0.0.1 for the bench's subscription: notes when the first alert about each
 * (report, revision) arrived, keyed "reportId#revision" like the captures sent, and answers 200 to every one.
 */
export class AlertReceiver {
  readonly seenAt = new Map<string, number>();
  deliveries = 0;
  private server: Server | null = null;

  /** Starts listening; the URL to subscribe. */
  async listen(): Promise<string> {
    const server = createServer((request, response) => {
      void this.receive(request).then(
        () => response.writeHead(200).end(),
        () => response.writeHead(400).end(),
      );
    });
    this.server = server;
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  }

  private async receive(request: IncomingMessage): Promise<void> {
    const text = await readBody(request);
    // Stamped once the whole body is in: the alert has then been delivered.
    const receivedAt = performance.now();
    const body = JSON.parse(text) as AlertBodyKey;
    this.deliveries++;
    const key = `${body.report?.id}#${body.revision}`;
    if (!this.seenAt.has(key)) this.seenAt.set(key, receivedAt);
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
}
