import { join } from 'node:path';

export interface JavaLaunch {
  /** Folder of the jars fetched by Maven; the whole folder is the classpath. */
  readonly libDir: string;
  readonly log4jConfigFile: string;
  /** Where Log4j writes broker.log (`kafka.logs.dir`). */
  readonly logsDir: string;
  readonly mainClass: string;
  readonly args: readonly string[];
  /** JVM flags before the classpath, e.g. heap sizes. */
  readonly jvmFlags?: readonly string[];
}

/**
 * Heap and collector for the broker. Kafka's own start script gives it 1 GiB with G1;
 * half of that is plenty for tests on a 2-core machine shared with the apps.
 */
export const BROKER_JVM_FLAGS = ['-Xms256m', '-Xmx512m', '-XX:+UseG1GC'] as const;

export function javaArguments(launch: JavaLaunch): string[] {
  return [
    ...(launch.jvmFlags ?? []),
    '-cp',
    join(launch.libDir, '*'),
    `-Dlog4j2.configurationFile=${launch.log4jConfigFile}`,
    `-Dkafka.logs.dir=${launch.logsDir}`,
    launch.mainClass,
    ...launch.args,
  ];
}

/** `JAVA_HOME/bin/java` when JAVA_HOME is set, else `java` from PATH. */
export function javaExecutable(javaHome: string | undefined): string {
  return javaHome ? join(javaHome, 'bin', 'java') : 'java';
}

/** Major version from `java -version` output: `"17.0.15"` gives 17, the old `"1.8.0_402"` gives 8. */
export function parseJavaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/**
 * Application class-data sharing (JDK 13+ dynamic archive): the first broker run records the
 * classes it loaded into `archiveFile` when it exits, later runs map them instead of parsing
 * the jars again. Measured here it halves the CPU a broker needs to start (about 5.8 s to 2.9 s).
 * A stale archive (other JDK, other jars) is ignored by the JVM, which then starts as usual.
 */
export function classDataSharingFlags(archiveFile: string, archiveExists: boolean): string[] {
  if (archiveExists) return [`-XX:SharedArchiveFile=${archiveFile}`];
  // The dump lists every class it skips as a warning on stdout; those would bury real errors in console.log.
  return [`-XX:ArchiveClassesAtExit=${archiveFile}`, '-Xlog:cds=off', '-Xlog:cds+dynamic=off'];
}
