import { OnApplicationShutdown } from '@nestjs/common';

/**
 * Resources opened before Nest starts (database, producer, relay), closed in
 * reverse order when the app shuts down, e.g. on SIGTERM.
 */
export class Closeables implements OnApplicationShutdown {
  private readonly closers: Array<() => Promise<unknown>> = [];

  add(close: () => Promise<unknown>): void {
    this.closers.push(close);
  }

  async onApplicationShutdown(): Promise<void> {
    for (const close of this.closers.reverse()) await close().catch(() => undefined);
    this.closers.length = 0;
  }
}
