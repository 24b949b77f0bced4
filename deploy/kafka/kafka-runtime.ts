import { javaArguments } from './java-command';
import { runCommand } from './run-command';

/** What every Kafka JVM started by this folder shares. */
export interface KafkaRuntime {
  readonly java: string;
  readonly libDir: string;
  readonly log4jConfigFile: string;
}

const STORAGE_TOOL = 'kafka.tools.StorageTool';

/** Runs `kafka.tools.StorageTool` with these arguments and returns its stdout; throws with its output on failure. */
export async function runStorageTool(runtime: KafkaRuntime, logsDir: string, args: readonly string[]): Promise<string> {
  const launch = { ...runtime, logsDir, mainClass: STORAGE_TOOL, args };
  const result = await runCommand(runtime.java, javaArguments(launch));
  if (result.exitCode !== 0) {
    const output = (result.stdout + result.stderr).trim();
    throw new Error(`StorageTool ${args[0]} failed (exit ${result.exitCode}): ${output}`);
  }
  return result.stdout;
}
