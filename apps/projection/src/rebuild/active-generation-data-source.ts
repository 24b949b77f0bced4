import { DataSource } from 'typeorm';
import { sqlInGeneration } from './generation-tables';

const ACTIVE = `SELECT generation FROM projection.read_model_generations WHERE status = 'active'`;

/**
 * The data source the query repositories receive: each `query` reads the
 * pointer table and runs against the active generation, so a switch-over
 * takes effect on the next request with no restart.
 */
export function activeGenerationDataSource(dataSource: DataSource): DataSource {
  return new Proxy(dataSource, {
    get(target, property, receiver) {
      if (property !== 'query') return Reflect.get(target, property, receiver);
      return async (sql: string, parameters?: unknown[]) => {
        const [row] = await target.query(ACTIVE);
        return target.query(sqlInGeneration(sql, row?.generation ?? 1), parameters);
      };
    },
  });
}
