import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { requireMaven } from './prerequisites';
import { runCommand } from './run-command';

export interface BrokerJars {
  readonly libDir: string;
  readonly kafkaVersion: string;
  /** True when Maven ran in this call; false when the marker showed the jars were already there. */
  readonly fetched: boolean;
}

interface FetchMarker {
  readonly kafkaVersion: string;
  readonly pomSha256: string;
}

const MARKER_FILE = '.fetched.json';

export function brokerPomFile(repoRoot: string): string {
  return join(repoRoot, 'deploy', 'kafka', 'pom.xml');
}

export function kafkaVersionOfPom(pomText: string): string {
  const match = /<kafka\.version>\s*([^<\s]+)\s*<\/kafka\.version>/.exec(pomText);
  if (!match) throw new Error('deploy/kafka/pom.xml has no <kafka.version> property');
  return match[1];
}

/**
 * Fills libDir with the broker's runtime classpath unless the marker says this very pom was
 * fetched already, so a warm start never runs Maven. The marker is written last: an interrupted
 * fetch leaves no marker and is redone.
 */
export async function ensureBrokerJars(repoRoot: string, libDir: string): Promise<BrokerJars> {
  const pomFile = brokerPomFile(repoRoot);
  const pomText = await readFile(pomFile, 'utf8');
  const wanted: FetchMarker = {
    kafkaVersion: kafkaVersionOfPom(pomText),
    pomSha256: sha256(pomText),
  };
  const current = await readMarker(libDir);
  if (current?.pomSha256 === wanted.pomSha256) return { libDir, kafkaVersion: wanted.kafkaVersion, fetched: false };

  await fetchJars(pomFile, libDir);
  await writeFile(join(libDir, MARKER_FILE), JSON.stringify(wanted, null, 2) + '\n');
  return { libDir, kafkaVersion: wanted.kafkaVersion, fetched: true };
}

async function fetchJars(pomFile: string, libDir: string): Promise<void> {
  const mvn = await requireMaven();
  // Jars of an older version left in the folder would end up on the classpath too.
  await rm(libDir, { recursive: true, force: true });
  await mkdir(libDir, { recursive: true });
  const args = ['-q', '-B', '-f', pomFile, 'dependency:copy-dependencies', '-DincludeScope=runtime'];
  const result = await runCommand(mvn, [...args, `-DoutputDirectory=${libDir}`]);
  if (result.exitCode !== 0) {
    const output = (result.stdout + result.stderr).trim().split('\n').slice(-30).join('\n');
    throw new Error(`Maven could not fetch the Kafka jars (exit ${result.exitCode}):\n${output}`);
  }
}

async function readMarker(libDir: string): Promise<FetchMarker | undefined> {
  try {
    return JSON.parse(await readFile(join(libDir, MARKER_FILE), 'utf8')) as FetchMarker;
  } catch {
    return undefined;
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
