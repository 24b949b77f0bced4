import type { Topics } from '@palimpsest/contracts';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import type { AlertsConfig } from './config';

/** What bootstrap opens before Nest starts, handed to the module as one provider. */
export class AlertsResources {
  constructor(
    readonly config: AlertsConfig,
    readonly dataSource: DataSource,
    readonly kafka: Kafka,
    readonly topics: Topics,
  ) {}
}
