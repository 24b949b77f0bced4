import { Topics } from '@palimpsest/contracts';
import { TextWorkerPool } from '@palimpsest/platform';
import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { ProjectionConfig } from './config';

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
