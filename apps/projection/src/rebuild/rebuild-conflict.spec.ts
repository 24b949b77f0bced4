import type { Generation } from './generations.repository';
import { rebuildConflictReason } from './rebuild-conflict';

describe(rebuildConflictReason.name, () => {
  it('given a generation building, then the reason names it, its progress and where to follow it', () => {
    const building = { generation: 3, appliedEvents: 120, totalEvents: 500 } as Generation;
    expect(rebuildConflictReason(building)).toBe(
      'rebuild 3 is already building (120 of 500 events): follow it with GET /admin/rebuilds/3',
    );
  });

  it('given the lock held with no generation building, then the reason says to try again shortly', () => {
    expect(rebuildConflictReason(null)).toMatch(/another projection instance holds the rebuild lock.*try again/);
  });
});
