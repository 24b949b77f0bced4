import type { AppConfig, OutboxConfig, TextWorkConfig } from '@palimpsest/platform';
import { readAppConfig, readConfig, readOutboxConfig, readTextWorkConfig } from '@palimpsest/platform';
import type { SourcesConfig } from './sources/sources-config';
import { readSourcesConfig } from './sources/sources-config';

export interface IngestConfig extends AppConfig, TextWorkConfig, OutboxConfig {
  /** Largest capture body accepted; larger ones get 413. */
  maxCaptureBytes: number;
  /** Most blocks (paragraphs, headings, rows) a captured page may hold; more gets 422. */
  maxDocumentBlocks: number;
  /** Most amendment notes a captured page may hold; more gets 422. */
  maxNotes: number;
  sources: SourcesConfig;
}

/** The only place ingest reads process.env. */
export function readIngestConfig(env: Record<string, string | undefined>): IngestConfig {
  return readConfig('ingest', env, (reader) => ({
    ...readAppConfig(reader, 'ingest', { defaultPort: 3001, tokenRequired: true }),
    ...readTextWorkConfig(reader),
    ...readOutboxConfig(reader),
    maxCaptureBytes: reader.integer('CAPTURE_MAX_BYTES', 5 * 1024 * 1024, { min: 1_024 }),
    // A long report has a few thousand blocks and a handful of notes. A page past these limits
    // would become an event of tens of MB (every consumer parses it on its event loop) or tens of
    // thousands of note events and alerts: refused with the reason instead.
    maxDocumentBlocks: reader.integer('CAPTURE_MAX_BLOCKS', 20_000, { min: 1 }),
    maxNotes: reader.integer('CAPTURE_MAX_NOTES', 200, { min: 1 }),
    sources: readSourcesConfig(reader),
  }));
}
