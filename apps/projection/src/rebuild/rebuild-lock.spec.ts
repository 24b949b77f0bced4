import { rebuildLockHolderName } from './rebuild-lock';

describe(rebuildLockHolderName.name, () => {
  it('given a port and a process id, then the lock connection is named after both', () => {
    expect(rebuildLockHolderName(3000, 4242)).toBe('palimpsest-projection-rebuild port=3000 pid=4242');
  });

  it('given any values, then the name fits the 63 characters Postgres keeps', () => {
    expect(rebuildLockHolderName(65_535, Number.MAX_SAFE_INTEGER).length).toBeLessThanOrEqual(63);
  });
});
