import { javaExecutable, parseJavaMajorVersion } from './java-command';
import { isCommandMissing, runCommand } from './run-command';

// Kafka 4.x brokers and tools require Java 17 (KIP-1013).
const MINIMUM_JAVA = 17;
const ALTERNATIVE = 'or set KAFKA_BROKERS=host:port to use an existing broker';

/** The java executable to launch Kafka with; throws a message saying what to install when it is missing or too old. */
export async function requireJava(javaHome: string | undefined): Promise<string> {
  const java = javaExecutable(javaHome);
  const output = await runCommand(java, ['-version']).catch((error: unknown) => {
    if (isCommandMissing(error)) return undefined;
    throw error;
  });
  const major = output ? parseJavaMajorVersion(output.stderr + output.stdout) : undefined;
  if (major === undefined || major < MINIMUM_JAVA) {
    const found = major === undefined ? `no usable ${java}` : `${java} is Java ${major}`;
    throw new Error(
      `Java ${MINIMUM_JAVA}+ not found (${found}): install openjdk-17-jre-headless (or set JAVA_HOME) ${ALTERNATIVE}`,
    );
  }
  return java;
}

/** Maven is needed only to fetch the jars, on the first start or after the pom changes. */
export async function requireMaven(): Promise<string> {
  const result = await runCommand('mvn', ['-v']).catch((error: unknown) => {
    if (isCommandMissing(error)) return undefined;
    throw error;
  });
  if (!result || result.exitCode !== 0) {
    throw new Error(`Maven (mvn) not found, needed once to fetch the Kafka jars: install maven ${ALTERNATIVE}`);
  }
  return 'mvn';
}
