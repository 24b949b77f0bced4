import { Injectable, NotFoundException } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { formatScript } from '../format/browser-script';
import { consolePublicDir } from './public-dir';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Plain names only: no path separators or dots beyond the extension, so nothing outside the folders is served. */
const ASSET_NAME = /^[a-z][a-z0-9-]*\.(html|js|css)$/;

/**
 * Charting from npm (uPlot), served from node_modules: the console loads nothing from a CDN.
 * A Map, not an object: a name like "__proto__" or "toString" must find nothing.
 */
const VENDOR = new Map<string, string>([
  ['uplot.js', require.resolve('uplot/dist/uPlot.iife.min.js')],
  ['uplot.css', require.resolve('uplot/dist/uPlot.min.css')],
]);

/** The console's pages and scripts: static files, the vendored chart library, and the shared formatters. */
@Injectable()
export class ConsolePages {
  private readonly publicDir = consolePublicDir();

  async send(response: ServerResponse, name: string): Promise<void> {
    if (!ASSET_NAME.test(name)) throw new NotFoundException(`no console file "${name}"`);
    await this.sendFile(response, join(this.publicDir, name));
  }

  async sendVendor(response: ServerResponse, name: string): Promise<void> {
    const path = VENDOR.get(name);
    if (!path) throw new NotFoundException(`no vendored file "${name}"`);
    await this.sendFile(response, path);
  }

  sendFormatScript(response: ServerResponse): void {
    response.writeHead(200, { 'content-type': CONTENT_TYPES['.js'] });
    response.end(formatScript());
  }

  private async sendFile(response: ServerResponse, path: string): Promise<void> {
    const body = await readFile(path).catch(() => null);
    if (!body) throw new NotFoundException(`no console file "${path.split(/[\\/]/).pop()}"`);
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  }
}
