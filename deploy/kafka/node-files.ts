import { join } from 'node:path';
import type { KafkaNodeSpec } from './cluster-spec';

/** Files the launcher keeps for one node, all inside its node folder. */
export interface NodeFiles {
  readonly propertiesFile: string;
  readonly pidFile: string;
  /** The JVM's own stdout and stderr (crashes before Log4j starts end up here). */
  readonly consoleFile: string;
  /** Written by Log4j (see log4j2.properties). */
  readonly brokerLogFile: string;
  readonly metaPropertiesFile: string;
}

export function nodeFiles(node: KafkaNodeSpec): NodeFiles {
  return {
    propertiesFile: join(node.nodeDir, 'server.properties'),
    pidFile: join(node.nodeDir, 'broker.pid'),
    consoleFile: join(node.nodeDir, 'console.log'),
    brokerLogFile: join(node.nodeDir, 'broker.log'),
    metaPropertiesFile: join(node.logDir, 'meta.properties'),
  };
}
