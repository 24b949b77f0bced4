import { Topics } from '@palimpsest/contracts';
import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { AlertsConfig } from './config';

/** What bootstrap opens before Nest starts, handed to the module as one provider. */
export class AlertsResources {
  constructor(
    readonly config: AlertsConfig,
    readonly dataSource: DataSource,
    readonly kafka: Kafka,
    readonly topics: Topics,
  ) {}
}
