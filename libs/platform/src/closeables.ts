import type { BeforeApplicationShutdown, OnApplicationShutdown } from '@nestjs/common';
import { Logger } from '@nestjs/common';

/**
 * Resources opened before Nest starts (database, producer, relay), closed in
 * reverse order when the app shuts down, e.g. on SIGTERM. Each step is logged
 * with how long it took, so an operator can see what a slow stop waited for.
 */
export class Closeables implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('Shutdown');
  private readonly closers: Array<{ name: string; close: () => Promise<unknown> }> = [];
  private readonly reactions: Array<() => void> = [];
  private stopping = Date.now();

  add(name: string, close: () => Promise<unknown>): void {
    this.closers.push({ name, close });
  }

  /** Runs `react` as soon as shutdown starts, before Nest closes the HTTP server. */
  onShutdownRequested(react: () => void): void {
    this.reactions.push(react);
  }

  /** Nest closes the HTTP server and the consumer transport between this hook and the next. */
  beforeApplicationShutdown(signal?: string): void {
    this.logger.log({ msg: 'shutdown requested', signal: signal ?? null });
    this.stopping = Date.now();
    for (const react of this.reactions) react();
  }

  async onApplicationShutdown(): Promise<void> {
    this.logger.log({ msg: 'http server and consumer transport closed', ms: Date.now() - this.stopping });
    for (const { name, close } of this.closers.reverse()) {
      const started = Date.now();
      try {
        await close();
        this.logger.log({ msg: 'closed', step: name, ms: Date.now() - started });
      } catch (error) {
        // Shutdown goes on: what is left open dies with the process anyway.
        this.logger.warn({ msg: 'close failed', step: name, ms: Date.now() - started, error: String(error) });
      }
    }
    this.closers.length = 0;
  }
}
