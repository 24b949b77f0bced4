import type { Generation } from './generations.repository';
import { rebuildView } from './rebuild-view';

const STARTED = Date.parse('2024-01-01T00:00:00Z');

const generation = (overrides: Partial<Generation> = {}): Generation => ({
  generation: 2,
  status: 'building',
  rebuildGroup: 'palimpsest.projection.rebuild-r2',
  endOffsets: { 'revisions:0': '100' },
  totalEvents: 1_000,
  appliedEvents: 400,
  startedAt: new Date(STARTED).toISOString(),
  switchedAt: null,
  error: null,
  ...overrides,
});

describe(rebuildView.name, () => {
  it('given the rebuild runs on this instance, then its live counters are shown', () => {
    const sut = rebuildView('projection', generation(), { appliedEvents: 450, eventsPerSecond: 90 }, STARTED + 10_000);
    expect(sut).toMatchObject({
      id: 2,
      projection: 'projection',
      status: 'building',
      appliedEvents: 450,
      eventsPerSecond: 90,
    });
  });

  it('given the rebuild runs on another instance, then progress and rate come from the recorded row', () => {
    const sut = rebuildView('projection', generation(), null, STARTED + 8_000);
    expect(sut).toMatchObject({ status: 'building', totalEvents: 1_000, appliedEvents: 400, eventsPerSecond: 50 });
  });

  it('given a redelivered event counted twice, then applied never exceeds the total', () => {
    const sut = rebuildView('projection', generation({ appliedEvents: 1_020 }), null, STARTED + 10_000);
    expect(sut.appliedEvents).toBe(1_000);
    expect(sut.eventsPerSecond).toBe(100);
  });

  it('given a switched-over rebuild, then the rate is over its whole run, up to the switch', () => {
    const switchedAt = new Date(STARTED + 20_000).toISOString();
    const sut = rebuildView(
      'projection',
      generation({ status: 'active', appliedEvents: 1_000, switchedAt }),
      null,
      STARTED + 99_000,
    );
    expect(sut).toMatchObject({ status: 'active', appliedEvents: 1_000, eventsPerSecond: 50, switchedAt });
  });

  it('given generation 1, built by the live consumer, or a failed rebuild, then there is no rate', () => {
    const first = generation({
      generation: 1,
      status: 'retired',
      rebuildGroup: null,
      switchedAt: new Date(STARTED).toISOString(),
    });
    expect(rebuildView('projection', first, null, STARTED + 1_000).eventsPerSecond).toBeNull();
    const failed = generation({ status: 'failed', error: 'broker unreachable' });
    expect(rebuildView('projection', failed, null, STARTED + 1_000)).toMatchObject({
      eventsPerSecond: null,
      error: 'broker unreachable',
    });
  });
});
