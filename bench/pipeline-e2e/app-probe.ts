/**
 * Preloaded into each app process by the pipeline bench (`node --require`), never by the apps
 * themselves: counts the process's database round trips and commits where every query passes, the pg
 * driver's Client.query (TypeORM and the inbox, outbox and listener all use it), and answers the
 * bench's 'probe' message on the IPC channel the bench opened with those counts and the CPU time used.
 */
import { Client } from 'pg';
import type { ProbeCounts } from './probe-protocol';
import { PROBE_REQUEST } from './probe-protocol';

const counts = { roundTrips: 0, commits: 0 };
const COMMIT = /^\s*(commit|end)\b/i;

function queryText(config: unknown): string {
  if (typeof config === 'string') return config;
  const text = (config as { text?: unknown } | null)?.text;
  return typeof text === 'string' ? text : '';
}

const query = Client.prototype.query as (...args: unknown[]) => unknown;
(Client.prototype as { query: (...args: unknown[]) => unknown }).query = function (this: Client, ...args: unknown[]) {
  // One call is one round trip: a simple query, or parse/bind/execute up to one Sync.
  counts.roundTrips += 1;
  if (COMMIT.test(queryText(args[0]))) counts.commits += 1;
  return query.apply(this, args);
};

process.on('message', (message) => {
  if (message !== PROBE_REQUEST) return;
  const cpu = process.cpuUsage();
  const reply: ProbeCounts = { ...counts, cpuMicros: cpu.user + cpu.system };
  process.send?.(reply);
});
// Listening on the channel must not keep the app alive once it has shut down.
process.channel?.unref();
