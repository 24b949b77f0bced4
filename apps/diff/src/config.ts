import { ANALYZER_VERSION, DEFAULT_FIGURE_LIMIT } from '@palimpsest/text';
import {
  checkApiToken,
  DEFAULT_RATE_LIMIT_PER_MINUTE,
  EdgeConfig,
  EnvReader,
  readSharedConfig,
  readTextWorkConfig,
  SharedConfig,
  TextWorkConfig,
} from '@palimpsest/platform';

export interface DiffConfig extends SharedConfig, EdgeConfig, TextWorkConfig {
  /** Largest request body accepted by its write endpoints. */
  bodyLimitBytes: number;
  port: number;
  consumerGroup: string;
  relayBatchSize: number;
  maxAttempts: number;
  /**
   * The analyzer version new derivations carry: the extractor's own, unless
   * ANALYZER_VERSION_OVERRIDE names another (tests use it to stand for a changed extractor).
   */
  analyzerVersion: string;
  /** Most figures one revision carries; RevisionAnalyzed states how many more the page held. */
  figureLimit: number;
}

/** The only place diff reads process.env. */
export function readDiffConfig(env: Record<string, string | undefined>): DiffConfig {
  const reader = new EnvReader(env);
  const shared = readSharedConfig(reader);
  const config = {
    ...shared,
    ...readTextWorkConfig(reader),
    port: reader.integer('DIFF_PORT', 3003, { min: 0, max: 65_535 }),
    consumerGroup: reader.string('DIFF_CONSUMER_GROUP', `${shared.topicPrefix || 'palimpsest'}.diff`),
    relayBatchSize: reader.integer('OUTBOX_BATCH_SIZE', 500, { min: 1 }),
    maxAttempts: reader.integer('CONSUMER_MAX_ATTEMPTS', 8, { min: 1 }),
    analyzerVersion: reader.string('ANALYZER_VERSION_OVERRIDE', ANALYZER_VERSION),
    figureLimit: reader.integer('FIGURE_LIMIT', DEFAULT_FIGURE_LIMIT, { min: 1, max: 1_000_000 }),
    apiToken: checkApiToken(reader, reader.string('API_TOKEN', ''), { required: false }),
    rateLimitPerMinute: reader.integer('RATE_LIMIT_PER_MINUTE', DEFAULT_RATE_LIMIT_PER_MINUTE, { min: 1 }),
    bodyLimitBytes: reader.integer('BODY_MAX_BYTES', 64 * 1024, { min: 1_024 }),
  };
  reader.done('diff');
  return config;
}
