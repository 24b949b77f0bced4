import { EntityManager } from 'typeorm';
import { sqlInGeneration } from './generation-tables';

/**
 * The transaction's manager with every read-model table it names pointed at
 * `generation`'s copy. Projectors write plain SQL through `manager.query`, so
 * rewriting there lets one set of projectors fill any generation.
 */
export function managerForGeneration(manager: EntityManager, generation: number): EntityManager {
  if (generation === 1) return manager;
  return new Proxy(manager, {
    get(target, property, receiver) {
      if (property !== 'query') return Reflect.get(target, property, receiver);
      return (sql: string, parameters?: unknown[]) => target.query(sqlInGeneration(sql, generation), parameters);
    },
  });
}
