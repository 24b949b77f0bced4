import type { EnvReader } from '@palimpsest/platform';

export interface SourcesConfig {
  /** Off leaves sources manageable through the API but polls nothing (e.g. on API-only instances). */
  polling: boolean;
  tickMs: number;
  defaultIntervalMs: number;
  minIntervalMs: number;
  /** Each delay is spread by up to this share either way, so sources added together do not poll in step. */
  jitter: number;
  maxBackoffMs: number;
  /** Consecutive failures of one URL that emit SourceFailing. */
  failureThreshold: number;
  maxInFlight: number;
  fetch: FetchPolicy;
}

export interface FetchPolicy {
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  hostConcurrency: number;
  respectRobots: boolean;
  robotsTtlMs: number;
  /** Hosts or addresses that may be fetched although loopback or private. */
  allowlist: string[];
}

const MINUTE = 60_000;

/** SOURCE_* settings; read by ingest's config.ts. */
export function readSourcesConfig(reader: EnvReader): SourcesConfig {
  return {
    polling: flag(reader, 'SOURCE_POLLING', true),
    tickMs: reader.integer('SOURCE_POLL_TICK_MS', 1_000, { min: 10 }),
    defaultIntervalMs: reader.integer('SOURCE_DEFAULT_INTERVAL_MS', 60 * MINUTE, { min: 1 }),
    minIntervalMs: reader.integer('SOURCE_MIN_INTERVAL_MS', MINUTE, { min: 1 }),
    jitter: reader.integer('SOURCE_JITTER_PERCENT', 10, { min: 0, max: 50 }) / 100,
    maxBackoffMs: reader.integer('SOURCE_MAX_BACKOFF_MS', 6 * 60 * MINUTE, { min: 1 }),
    failureThreshold: reader.integer('SOURCE_FAILURE_THRESHOLD', 5, { min: 1 }),
    maxInFlight: reader.integer('SOURCE_MAX_IN_FLIGHT', 8, { min: 1 }),
    fetch: {
      userAgent: reader.string('SOURCE_USER_AGENT', 'PalimpsestBot/1.0 (report change monitor)'),
      timeoutMs: reader.integer('SOURCE_FETCH_TIMEOUT_MS', 15_000, { min: 100 }),
      maxBytes: reader.integer('SOURCE_FETCH_MAX_BYTES', 5 * 1024 * 1024, { min: 1_024 }),
      maxRedirects: reader.integer('SOURCE_MAX_REDIRECTS', 5, { min: 0, max: 20 }),
      hostConcurrency: reader.integer('SOURCE_HOST_CONCURRENCY', 2, { min: 1 }),
      respectRobots: flag(reader, 'SOURCE_RESPECT_ROBOTS', true),
      robotsTtlMs: reader.integer('SOURCE_ROBOTS_TTL_MS', 60 * MINUTE, { min: 0 }),
      allowlist: reader.list('SOURCE_FETCH_ALLOWLIST', []),
    },
  };
}

function flag(reader: EnvReader, name: string, fallback: boolean): boolean {
  const raw = reader.string(name, String(fallback)).toLowerCase();
  if (['true', 'on', '1', 'yes'].includes(raw)) return true;
  if (['false', 'off', '0', 'no'].includes(raw)) return false;
  reader.report(`${name} must be true or false, got "${raw}"`);
  return fallback;
}
