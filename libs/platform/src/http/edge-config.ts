import type { EnvReader } from '../env-reader';

/** How an app guards its HTTP edge: the bearer token for writes and the write rate limit. */
export interface EdgeConfig {
  /** Empty when the app has no token: its write endpoints then refuse every request. */
  apiToken: string;
  rateLimitPerMinute: number;
}

/** The app's EdgeConfig, provided by EdgeSecurityModule (configureHttpEdges reads it). */
export const EDGE_CONFIG = Symbol('EDGE_CONFIG');

export const MIN_API_TOKEN_LENGTH = 16;
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;

/** API_TOKEN and RATE_LIMIT_PER_MINUTE, read the same way by every app. */
export function readEdgeConfig(reader: EnvReader, { tokenRequired }: { tokenRequired: boolean }): EdgeConfig {
  return {
    apiToken: checkApiToken(reader, reader.string('API_TOKEN', ''), { required: tokenRequired }),
    rateLimitPerMinute: reader.integer('RATE_LIMIT_PER_MINUTE', DEFAULT_RATE_LIMIT_PER_MINUTE, { min: 1 }),
  };
}

/** BODY_MAX_BYTES: the largest request body of an app whose bodies are small JSON (ingest has its own capture limit). */
export function readBodyLimit(reader: EnvReader): number {
  return reader.integer('BODY_MAX_BYTES', 64 * 1024, { min: 1_024 });
}

/**
 * Checks API_TOKEN as read by the app's config.ts. Apps that serve writes
 * require it; any token that is set must be long enough to resist guessing.
 */
export function checkApiToken(reader: EnvReader, apiToken: string, { required }: { required: boolean }): string {
  if ((required || apiToken !== '') && apiToken.length < MIN_API_TOKEN_LENGTH) {
    reader.report(
      `API_TOKEN must be a secret of at least ${MIN_API_TOKEN_LENGTH} characters (write endpoints require it)`,
    );
  }
  return apiToken;
}
