import { readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { waitUntil } from './wait-for';

// A cold start runs Maven, so a second starter may wait that long before it can reuse the broker.
const LOCK_WAIT_MS = 300_000;

/**
 * Runs `task` while holding a lock file that holds our pid, so two test runs started together
 * do not both fetch jars, format storage or launch a broker on the same ports.
 * A lock whose owner has died is taken over.
 */
export async function withStartLock<T>(lockFile: string, task: () => Promise<T>): Promise<T> {
  await mkdir(dirname(lockFile), { recursive: true });
  await waitUntil(() => tryAcquire(lockFile), {
    timeoutMs: LOCK_WAIT_MS,
    intervalMs: 250,
    what: `the start lock ${lockFile}`,
  });
  try {
    return await task();
  } finally {
    await rm(lockFile, { force: true });
  }
}

async function tryAcquire(lockFile: string): Promise<boolean> {
  try {
    await writeFile(lockFile, `${process.pid}\n`, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if (!isOwnerAlive(lockFile)) await rm(lockFile, { force: true });
  return false;
}

function isOwnerAlive(lockFile: string): boolean {
  try {
    const owner = Number(readFileSync(lockFile, 'utf8').trim());
    // Empty for the instant between the owner creating the file and writing its pid.
    if (!Number.isInteger(owner) || owner <= 0) return true;
    process.kill(owner, 0);
    return true;
  } catch (error) {
    // EPERM: the owner lives under another user; ENOENT: the lock was released meanwhile.
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'EPERM' || code === 'ENOENT';
  }
}
