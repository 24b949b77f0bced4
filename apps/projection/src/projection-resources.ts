import type { Topics } from '@palimpsest/contracts';
import type { TextWorkerPool } from '@palimpsest/platform';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import type { ProjectionConfig } from './config';

/** What bootstrap opens before Nest starts, handed to the module as one provider. */
export class ProjectionResources {
  constructor(
    readonly config: ProjectionConfig,
    readonly dataSource: DataSource,
    readonly topics: Topics,
    readonly kafka: Kafka,
    readonly textWork: TextWorkerPool,
  ) {}
}
