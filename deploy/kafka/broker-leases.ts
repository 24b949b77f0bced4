import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Who is using a running broker, one file per user named `<pid>-<id>`, so that a run which
 * started the broker does not stop it under another run that reused it meanwhile. When the
 * starter leaves first it hands the broker over, and the last user to leave stops it.
 * Callers hold the start lock around these functions, so a take and a release never interleave.
 */
export type LeaseRole = 'starter' | 'guest';

const HANDED_OVER = 'handed-over';

export function leasesDir(nodeDir: string): string {
  return join(nodeDir, 'leases');
}

/** A freshly launched broker has no users but this one: leases of an earlier broker are dropped. */
export async function resetLeases(nodeDir: string): Promise<void> {
  await rm(leasesDir(nodeDir), { recursive: true, force: true });
}

export async function takeLease(nodeDir: string): Promise<string> {
  const leaseId = `${process.pid}-${randomUUID()}`;
  await mkdir(leasesDir(nodeDir), { recursive: true });
  await writeFile(join(leasesDir(nodeDir), leaseId), '');
  return leaseId;
}

/** Releases a lease; true when the caller should now stop the broker. */
export async function releaseLease(nodeDir: string, leaseId: string, role: LeaseRole): Promise<boolean> {
  const dir = leasesDir(nodeDir);
  await rm(join(dir, leaseId), { force: true });
  if (liveLeases(dir).length > 0) {
    if (role === 'starter') await writeFile(join(dir, HANDED_OVER), '');
    return false;
  }
  const handedOver = existsSync(join(dir, HANDED_OVER));
  if (role === 'starter' || handedOver) {
    await rm(join(dir, HANDED_OVER), { force: true });
    return true;
  }
  return false;
}

function liveLeases(dir: string): string[] {
  const leases = existsSync(dir) ? readdirSync(dir).filter((name) => name !== HANDED_OVER) : [];
  return leases.filter((lease) => isAlive(Number(lease.split('-')[0])));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
