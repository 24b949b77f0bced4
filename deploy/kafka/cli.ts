import type { LocalBrokerHandle } from './local-broker';
import { localBrokerStatus, startLocalBroker, stopRunningLocalBroker } from './local-broker';

const USAGE = 'usage: node dist/deploy/kafka/cli.js start|stop|status';

async function start(): Promise<number> {
  const handle = await startLocalBroker();
  console.log(describeStart(handle));
  return 0;
}

function describeStart(handle: LocalBrokerHandle): string {
  const where = `${handle.brokers} (pid ${handle.pid}, cluster ${handle.clusterId})`;
  const seconds = (handle.startupMs / 1000).toFixed(1);
  if (handle.reused) return `Kafka already running at ${where}; answered in ${seconds} s`;
  const steps = [
    handle.jarsFetched ? 'fetched jars' : 'reused jars',
    handle.storageFormatted ? 'formatted storage' : 'reused storage',
  ];
  const kind = handle.jarsFetched || handle.storageFormatted ? 'cold' : 'warm';
  const phases = Object.entries(handle.phaseMs).map(([phase, ms]) => `${phase} ${(ms / 1000).toFixed(1)} s`);
  return `Kafka started at ${where} in ${seconds} s (${kind}: ${steps.join(', ')}; ${phases.join(', ')})`;
}

async function stop(): Promise<number> {
  const startedAt = Date.now();
  const result = await stopRunningLocalBroker();
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  if (!result.stopped) console.log('Kafka was not running');
  else
    console.log(
      `Kafka stopped (pid ${result.pid}) in ${seconds} s${result.killed ? ', killed after the grace period' : ''}`,
    );
  return 0;
}

/** Exit status 3 when not running, as LSB init scripts do for `status`. */
async function status(): Promise<number> {
  const current = await localBrokerStatus();
  if (current.running)
    console.log(`Kafka running at ${current.brokers} (pid ${current.pid}, cluster ${current.clusterId})`);
  else if (current.pid !== undefined)
    console.log(`Kafka process ${current.pid} is alive but not answering at ${current.brokers}`);
  else console.log('Kafka is not running');
  return current.running ? 0 : 3;
}

const commands: Record<string, () => Promise<number>> = { start, stop, status };

async function main(argv: readonly string[]): Promise<number> {
  const command = commands[argv[0] ?? ''];
  if (!command || argv.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  return command();
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
