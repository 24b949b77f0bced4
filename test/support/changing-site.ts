import { createHash } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SitePage {
  body: string;
  contentType?: string;
  /** Answer with an ETag and honour If-None-Match with 304. */
  etag?: boolean;
  /** Answer every request with this status instead (e.g. 500 for a broken page). */
  status?: number;
  /** Answer 302 to this location. */
  redirect?: string;
}

/**
 * A web site on 127.0.0.1 whose pages the test changes between polls; it
 * counts every request per path and the 304s it answered.
 */
export class ChangingSite {
  readonly pages = new Map<string, SitePage>();
  readonly requests = new Map<string, number>();
  readonly notModified = new Map<string, number>();
  private server: Server | null = null;

  async start(): Promise<this> {
    this.server = createServer((request, response) => this.answer(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  url(path: string): string {
    const { port } = this.server!.address() as AddressInfo;
    return `http://127.0.0.1:${port}${path}`;
  }

  set(path: string, page: SitePage): void {
    this.pages.set(path, page);
  }

  /** An RSS 2.0 feed linking to `paths` on this site. */
  setFeed(path: string, paths: string[]): void {
    const items = paths.map((item) => `<item><title>${item}</title><link>${this.url(item)}</link></item>`).join('');
    this.set(path, {
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${items}</channel></rss>`,
      contentType: 'application/rss+xml',
      etag: true,
    });
  }

  count(path: string): number {
    return this.requests.get(path) ?? 0;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private answer(request: IncomingMessage, response: ServerResponse): void {
    const path = new URL(request.url ?? '/', 'http://site').pathname;
    this.requests.set(path, this.count(path) + 1);
    const page = this.pages.get(path);
    if (!page) return void response.writeHead(404).end('not found');
    if (page.status) return void response.writeHead(page.status).end('failing on purpose');
    if (page.redirect) return void response.writeHead(302, { location: page.redirect }).end();
    const etag = `"${createHash('sha256').update(page.body).digest('hex').slice(0, 16)}"`;
    if (page.etag && request.headers['if-none-match'] === etag) {
      this.notModified.set(path, (this.notModified.get(path) ?? 0) + 1);
      return void response.writeHead(304, { etag }).end();
    }
    response.writeHead(200, {
      'content-type': page.contentType ?? 'text/html; charset=utf-8',
      ...(page.etag ? { etag } : {}),
    });
    response.end(page.body);
  }
}

/** A small article page whose figure the test can change. */
export function articlePage(title: string, sentence: string): string {
  return `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${sentence}</p></article></body></html>`;
}
