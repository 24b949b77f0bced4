import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';

/** A webhook receiver on 127.0.0.1 that answers 200 and counts how often it saw each delivery id. */
export class WebhookCounter {
  readonly seen = new Map<string, number>();
  private server: Server | null = null;

  async listen(): Promise<string> {
    this.server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const id = String(req.headers['x-palimpsest-delivery']);
        this.seen.set(id, (this.seen.get(id) ?? 0) + 1);
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }

  /** Delivery ids received more than once. */
  repeated(): string[] {
    return [...this.seen].filter(([, count]) => count > 1).map(([id]) => id);
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server!.close(resolve));
    this.server = null;
  }
}
