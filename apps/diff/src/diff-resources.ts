import { Topics } from '@palimpsest/contracts';
import { TextWorkerPool } from '@palimpsest/platform';
import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { DiffConfig } from './config';

/** What bootstrap opens before Nest starts, handed to the module as one provider. */
export class DiffResources {
  constructor(
    readonly config: DiffConfig,
    readonly dataSource: DataSource,
    readonly topics: Topics,
    readonly kafka: Kafka,
    readonly textWork: TextWorkerPool,
  ) {}
}
