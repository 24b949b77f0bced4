import {
  BROKER_JVM_FLAGS,
  classDataSharingFlags,
  javaArguments,
  javaExecutable,
  parseJavaMajorVersion,
} from './java-command';

describe(javaArguments.name, () => {
  it('given a broker launch, when built, then JVM flags, classpath and log settings precede the main class', () => {
    const args = javaArguments({
      libDir: '/repo/.kafka/lib',
      log4jConfigFile: '/repo/deploy/kafka/log4j2.properties',
      logsDir: '/repo/.kafka/data/node-1',
      mainClass: 'kafka.Kafka',
      args: ['/repo/.kafka/data/node-1/server.properties'],
      jvmFlags: BROKER_JVM_FLAGS,
    });

    expect(args).toEqual([
      '-Xms256m',
      '-Xmx512m',
      '-XX:+UseG1GC',
      '-cp',
      '/repo/.kafka/lib/*',
      '-Dlog4j2.configurationFile=/repo/deploy/kafka/log4j2.properties',
      '-Dkafka.logs.dir=/repo/.kafka/data/node-1',
      'kafka.Kafka',
      '/repo/.kafka/data/node-1/server.properties',
    ]);
  });
});

describe(javaExecutable.name, () => {
  it('given JAVA_HOME, then its bin/java is used, else java from PATH', () => {
    expect(javaExecutable('/usr/lib/jvm/java-17')).toBe('/usr/lib/jvm/java-17/bin/java');
    expect(javaExecutable(undefined)).toBe('java');
  });
});

describe(parseJavaMajorVersion.name, () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_402"', 8],
    ['openjdk version "11.0.22" 2024-01-16 LTS', 11],
  ])('given %s, then the major version is %i', (output, major) => {
    expect(parseJavaMajorVersion(output)).toBe(major);
  });

  it('given output without a version, then there is none', () => {
    expect(parseJavaMajorVersion('bash: java: command not found')).toBeUndefined();
  });
});

describe(classDataSharingFlags.name, () => {
  it('given no archive yet, then the run records one at exit without logging every skipped class', () => {
    expect(classDataSharingFlags('/lib/kafka.jsa', false)).toEqual([
      '-XX:ArchiveClassesAtExit=/lib/kafka.jsa',
      '-Xlog:cds=off',
      '-Xlog:cds+dynamic=off',
    ]);
  });

  it('given an archive, then the run maps it', () => {
    expect(classDataSharingFlags('/lib/kafka.jsa', true)).toEqual(['-XX:SharedArchiveFile=/lib/kafka.jsa']);
  });
});
