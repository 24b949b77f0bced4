import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { KafkaNodeSpec } from './cluster-spec';
import { BROKER_JVM_FLAGS, classDataSharingFlags, javaArguments } from './java-command';
import type { KafkaRuntime } from './kafka-runtime';
import { nodeFiles } from './node-files';
import { waitUntil } from './wait-for';

const BROKER_MAIN_CLASS = 'kafka.Kafka';
/** SIGTERM starts a controlled shutdown; past this the broker is killed. */
const STOP_GRACE_MS = 30_000;

export interface SpawnOptions {
  /**
   * Whether this JVM may write the class-data archive when it exits and none exists yet. Nodes of
   * a cluster, started side by side, must not: several JVMs would write the same file at once.
   */
  readonly mayRecordClassArchive?: boolean;
}

/** Starts the broker JVM in its own process group, so it outlives this process and a Ctrl-C meant for a test run. */
export async function spawnBroker(
  runtime: KafkaRuntime,
  node: KafkaNodeSpec,
  options: SpawnOptions = {},
): Promise<number> {
  const files = nodeFiles(node);
  // Kept with the jars: a new fetch deletes the folder and so the archive made from the old jars.
  const archive = join(runtime.libDir, 'kafka-broker.jsa');
  const archiveExists = existsSync(archive);
  const sharing =
    archiveExists || options.mayRecordClassArchive !== false ? classDataSharingFlags(archive, archiveExists) : [];
  const args = javaArguments({
    ...runtime,
    jvmFlags: [...BROKER_JVM_FLAGS, ...sharing],
    logsDir: node.nodeDir,
    mainClass: BROKER_MAIN_CLASS,
    args: [files.propertiesFile],
  });
  const consoleFd = openSync(files.consoleFile, 'a');
  try {
    const child = spawn(runtime.java, args, {
      detached: true,
      stdio: ['ignore', consoleFd, consoleFd],
    });
    if (child.pid === undefined) throw new Error(`Could not start ${runtime.java}`);
    child.unref();
    await writeFile(files.pidFile, `${child.pid}\n`);
    return child.pid;
  } finally {
    closeSync(consoleFd);
  }
}

export function readBrokerPid(node: KafkaNodeSpec): number | undefined {
  try {
    const pid = Number(readFileSync(nodeFiles(node).pidFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True while `pid` is a live Kafka broker. The command line is checked where /proc exists,
 * so a pid reused by another program after a crash (or a zombie) does not count.
 */
export function isBrokerProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(BROKER_MAIN_CLASS);
  } catch {
    return true;
  }
}

export interface StoppedBroker {
  /** True when the broker ignored SIGTERM for STOP_GRACE_MS and was killed. */
  readonly killed: boolean;
}

export async function stopBrokerProcess(node: KafkaNodeSpec, pid: number): Promise<StoppedBroker> {
  let killed = false;
  signal(pid, 'SIGTERM');
  try {
    await waitUntil(() => !isBrokerProcessAlive(pid), {
      timeoutMs: STOP_GRACE_MS,
      what: 'broker shutdown',
    });
  } catch {
    killed = true;
    signal(pid, 'SIGKILL');
    await waitUntil(() => !isBrokerProcessAlive(pid), {
      timeoutMs: 5_000,
      what: `broker ${pid} to die`,
    });
  }
  await rm(nodeFiles(node).pidFile, { force: true });
  return { killed };
}

/** kill -9, as a crash or a pulled plug would: no controlled shutdown, leaders move only once the node is missed. */
export async function killBrokerProcess(node: KafkaNodeSpec, pid: number): Promise<void> {
  signal(pid, 'SIGKILL');
  await waitUntil(() => !isBrokerProcessAlive(pid), { timeoutMs: 5_000, what: `broker ${pid} to die` });
  await rm(nodeFiles(node).pidFile, { force: true });
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}
