import type { DataSource } from 'typeorm';
import type { ReadModelTables } from './generation-tables';
import { readModelTables } from './generation-tables';
import { findActiveGeneration } from './generations.repository';

/**
 * Queries over the read models, run against the generation active when each
 * is asked. The pointer row is read on every query, so a switch-over made by
 * whichever instance ran the rebuild shows on every instance's next request,
 * with no restart and no message between instances.
 */
export class ActiveReadModels {
  constructor(private readonly dataSource: DataSource) {}

  /** `sql` is given the active generation's tables and returns the statement that reads them. */
  async query(sql: (tables: ReadModelTables) => string, parameters: unknown[]): Promise<any[]> {
    const tables = readModelTables(await findActiveGeneration(this.dataSource));
    return this.dataSource.query(sql(tables), parameters);
  }
}
