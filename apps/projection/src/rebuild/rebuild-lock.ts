import { Client } from 'pg';

/**
 * The advisory lock that makes one instance the runner of the rebuild. Every
 * projection instance shares one database (advisory locks are per database),
 * and a rebuild covers all of the projection's read models, so one name.
 */
export const REBUILD_LOCK = 'projection.rebuild';

const CONNECT_TIMEOUT_MS = 5_000;
const QUERY_TIMEOUT_MS = 5_000;
/** Postgres truncates longer application names silently. */
const APPLICATION_NAME_MAX = 63;

/**
 * The lock connection's `application_name`, so `pg_stat_activity` (joined to
 * `pg_locks`) tells an operator which instance runs the rebuild.
 */
export function rebuildLockHolderName(port: number, pid: number): string {
  return `palimpsest-projection-rebuild port=${port} pid=${pid}`.slice(0, APPLICATION_NAME_MAX);
}

/**
 * A session-level `pg_try_advisory_lock` held on a connection of its own for
 * as long as this instance runs the rebuild.
 *
 * Why a session lock on a dedicated connection rather than a lease row with an
 * expiry: the lock lives exactly as long as the connection, so a process killed
 * with SIGKILL loses it the moment its socket closes (no expiry to wait for, no
 * clock to trust), while a holder that is merely slow keeps it. A transaction-
 * level lock would need a transaction open for the whole rebuild; a pooled
 * connection would hand the session (and the lock) to unrelated queries.
 */
export class RebuildLock {
  /** Resolves, with the reason, if the connection (and with it the lock) goes before `release()`. */
  readonly lost: Promise<string>;
  private markLost!: (reason: string) => void;
  private released = false;

  private constructor(private readonly client: Client) {
    this.lost = new Promise((resolve) => (this.markLost = resolve));
    // Without an 'error' listener a dropped connection would crash the process.
    client.on('error', (error) => this.connectionGone(error.message));
    client.on('end', () => this.connectionGone('connection ended'));
  }

  /** The lock, or null when another session holds it. Throws only when the database cannot be reached. */
  static async tryAcquire(databaseUrl: string, holderName: string): Promise<RebuildLock | null> {
    const client = new Client({
      connectionString: databaseUrl,
      application_name: holderName,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      query_timeout: QUERY_TIMEOUT_MS,
      keepAlive: true,
    });
    const lock = new RebuildLock(client);
    try {
      await client.connect();
      const { rows } = await client.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [REBUILD_LOCK]);
      if (rows[0].locked === true) return lock;
    } catch (error) {
      await lock.release();
      throw error;
    }
    await lock.release();
    return null;
  }

  /**
   * A round trip on the lock's connection: a connection that died without a
   * word (a half-open socket) fails it within the query timeout, and is then
   * reported through `lost`, as a closed one is at once.
   */
  async confirm(): Promise<void> {
    if (this.released) return;
    try {
      await this.client.query('SELECT 1');
    } catch (error) {
      this.connectionGone(`lock connection failed: ${(error as Error).message}`);
      await this.release();
    }
  }

  /** Ends the session, which releases the lock with it. Safe to call more than once. */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    await this.client.end().catch(() => undefined);
  }

  private connectionGone(reason: string): void {
    if (!this.released) this.markLost(reason);
  }
}
