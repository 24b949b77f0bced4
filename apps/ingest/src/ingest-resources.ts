import type { Topics } from '@palimpsest/contracts';
import type { TextWorkerPool } from '@palimpsest/platform';
import type { DataSource } from 'typeorm';
import type { IngestConfig } from './config';

/** What bootstrap opens before Nest starts, handed to the module as one provider. */
export class IngestResources {
  constructor(
    readonly config: IngestConfig,
    readonly dataSource: DataSource,
    readonly topics: Topics,
    readonly textWork: TextWorkerPool,
  ) {}
}
