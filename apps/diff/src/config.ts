import { ANALYZER_VERSION, DEFAULT_FIGURE_LIMIT } from '@palimpsest/text';
import type { ConsumingAppConfig, OutboxConfig, TextWorkConfig } from '@palimpsest/platform';
import { readConfig, readConsumingAppConfig, readOutboxConfig, readTextWorkConfig } from '@palimpsest/platform';

export interface DiffConfig extends ConsumingAppConfig, TextWorkConfig, OutboxConfig {
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
  return readConfig('diff', env, (reader) => ({
    ...readConsumingAppConfig(reader, 'diff', { defaultPort: 3003, tokenRequired: false }),
    ...readTextWorkConfig(reader),
    ...readOutboxConfig(reader),
    analyzerVersion: reader.string('ANALYZER_VERSION_OVERRIDE', ANALYZER_VERSION),
    figureLimit: reader.integer('FIGURE_LIMIT', DEFAULT_FIGURE_LIMIT, { min: 1, max: 1_000_000 }),
  }));
}
