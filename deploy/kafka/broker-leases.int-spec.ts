import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { leasesDir, releaseLease, resetLeases, takeLease } from './broker-leases';

/** A lease as another process would have written it. */
function leaseOf(nodeDir: string, pid: number): string {
  const leaseId = `${pid}-other`;
  writeFileSync(join(leasesDir(nodeDir), leaseId), '');
  return leaseId;
}

function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid;
}

describe(releaseLease.name, () => {
  let nodeDir: string;

  beforeEach(async () => {
    nodeDir = mkdtempSync(join(tmpdir(), 'broker-leases-'));
    await resetLeases(nodeDir);
  });

  afterEach(() => rmSync(nodeDir, { recursive: true, force: true }));

  it('given the starter is the only user, when it releases, then it stops the broker', async () => {
    const starter = await takeLease(nodeDir);

    await expect(releaseLease(nodeDir, starter, 'starter')).resolves.toBe(true);
  });

  it('given a guest still running, when the starter releases first, then the guest leaving last stops the broker', async () => {
    const starter = await takeLease(nodeDir);
    const guest = leaseOf(nodeDir, process.ppid);

    await expect(releaseLease(nodeDir, starter, 'starter')).resolves.toBe(false);
    await expect(releaseLease(nodeDir, guest, 'guest')).resolves.toBe(true);
  });

  it('given a broker started by hand, when its only guest releases, then the broker is left running', async () => {
    const guest = await takeLease(nodeDir);

    await expect(releaseLease(nodeDir, guest, 'guest')).resolves.toBe(false);
  });

  it('given a lease left by a process that died, when the starter releases, then that lease does not keep the broker', async () => {
    const starter = await takeLease(nodeDir);
    leaseOf(nodeDir, deadPid());

    await expect(releaseLease(nodeDir, starter, 'starter')).resolves.toBe(true);
  });
});
