import { Topics } from '@palimpsest/contracts';
import { TextWorkerPool } from '@palimpsest/platform';
import { DataSource } from 'typeorm';
import { IngestConfig } from './config';

/** What bootstrap opens before Nest starts, handed to the module as one provider. */
export class IngestResources {
  constructor(
    readonly config: IngestConfig,
    readonly dataSource: DataSource,
    readonly topics: Topics,
    readonly textWork: TextWorkerPool,
  ) {}
}
