import { EnvReader, readSharedConfig, SharedConfig } from '@palimpsest/platform';

export interface IngestConfig extends SharedConfig {
  port: number;
  /** Largest capture body accepted; larger ones get 413. */
  maxCaptureBytes: number;
  relayBatchSize: number;
}

/** The only place ingest reads process.env. */
export function readIngestConfig(env: Record<string, string | undefined>): IngestConfig {
  const reader = new EnvReader(env);
  const config = {
    ...readSharedConfig(reader),
    port: reader.integer('INGEST_PORT', 3001, { min: 0, max: 65_535 }),
    maxCaptureBytes: reader.integer('CAPTURE_MAX_BYTES', 5 * 1024 * 1024, { min: 1_024 }),
    relayBatchSize: reader.integer('OUTBOX_BATCH_SIZE', 500, { min: 1 }),
  };
  reader.done('ingest');
  return config;
}
