import { ANALYZER_VERSION, DEFAULT_FIGURE_LIMIT } from '@palimpsest/text';
import {
  ConsumerGroupConfig,
  EdgeConfig,
  EnvReader,
  OutboxConfig,
  readBodyLimit,
  readConsumerGroupConfig,
  readEdgeConfig,
  readOutboxConfig,
  readSharedConfig,
  readTextWorkConfig,
  SharedConfig,
  TextWorkConfig,
} from '@palimpsest/platform';

export interface DiffConfig extends SharedConfig, EdgeConfig, TextWorkConfig, ConsumerGroupConfig, OutboxConfig {
  /** Largest request body accepted by its write endpoints. */
  bodyLimitBytes: number;
  port: number;
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
    ...readConsumerGroupConfig(reader, 'diff', shared.topicPrefix),
    ...readOutboxConfig(reader),
    port: reader.port('DIFF_PORT', 3003),
    ...readEdgeConfig(reader, { tokenRequired: false }),
    bodyLimitBytes: readBodyLimit(reader),
    analyzerVersion: reader.string('ANALYZER_VERSION_OVERRIDE', ANALYZER_VERSION),
    figureLimit: reader.integer('FIGURE_LIMIT', DEFAULT_FIGURE_LIMIT, { min: 1, max: 1_000_000 }),
  };
  reader.done('diff');
  return config;
}
