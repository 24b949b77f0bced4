import { Logger } from '@nestjs/common';
import { Client } from 'pg';

export type WakeUp = () => void;

/**
 * Wakes in-process workers when another transaction commits work for them,
 * through Postgres LISTEN/NOTIFY: a notification sent inside a transaction is
 * delivered when it commits, to every instance, and never for a rollback. So
 * the relay and the delivery worker need no idle poll. One connection of its
 * own listens (a pooled one would be handed to queries); when it drops, it
 * reconnects and wakes every listener once, since a notification may have been
 * missed meanwhile.
 */
export class NotificationListener {
  private readonly logger = new Logger(NotificationListener.name);
  private readonly listeners = new Map<string, WakeUp[]>();
  private client: Client | null = null;
  private closed = false;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private failures = 0;

  constructor(private readonly databaseUrl: string) {}

  /**
   * Calls `wake` after each commit that notified `channel`. Resolves once the LISTEN is in effect:
   * at once before `connect` (which listens to every channel registered), after the round trip once connected.
   */
  async on(channel: string, wake: WakeUp): Promise<void> {
    const wakes = this.listeners.get(channel) ?? [];
    wakes.push(wake);
    this.listeners.set(channel, wakes);
    if (wakes.length === 1 && this.client) await this.listen(this.client, channel);
  }

  async connect(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: 'palimpsest-listener' });
    client.on('notification', ({ channel }) => this.wake(channel));
    client.on('error', (error) => this.dropped(client, error));
    client.on('end', () => this.dropped(client, new Error('connection ended')));
    await client.connect();
    for (const channel of this.listeners.keys()) await this.listen(client, channel);
    this.client = client;
    this.failures = 0;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private listen(client: Client, channel: string): Promise<unknown> {
    return client.query(`LISTEN ${quoteChannel(channel)}`);
  }

  private wake(channel: string): void {
    for (const wake of this.listeners.get(channel) ?? []) wake();
  }

  private dropped(client: Client, error: Error): void {
    if (this.closed || this.client !== client) return;
    this.client = null;
    client.removeAllListeners();
    client.end().catch(() => undefined);
    this.scheduleReconnect(error);
  }

  private scheduleReconnect(error: Error): void {
    this.failures++;
    const delay = Math.min(5_000, 100 * 2 ** this.failures);
    this.logger.warn({ msg: 'notification connection lost, reconnecting', delay, error: error.message });
    this.reconnectTimer = setTimeout(() => {
      this.connect()
        .then(() => {
          for (const channel of this.listeners.keys()) this.wake(channel);
        })
        .catch((reason: Error) => {
          if (!this.closed) this.scheduleReconnect(reason);
        });
    }, delay);
  }
}

/** Channel names are identifiers; ours are made of letters, digits, dots and underscores only. */
function quoteChannel(channel: string): string {
  if (!/^[\w.]+$/.test(channel)) throw new Error(`invalid notification channel "${channel}"`);
  return `"${channel}"`;
}

/** Sends `channel` a wake-up when the caller's transaction commits. */
export const notifySql = (channel: string) => `SELECT pg_notify('${quoteChannel(channel).slice(1, -1)}', '')`;
