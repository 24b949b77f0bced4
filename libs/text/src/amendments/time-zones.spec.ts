import { ianaZone, wallClockToUtc, zoneOffsetMinutes } from './time-zones';

const utc = (iso: string) => new Date(iso).getTime();

describe(ianaZone.name, () => {
  it.each([
    ['PT', 'America/Los_Angeles'],
    ['PDT', 'America/Los_Angeles'],
    ['Eastern', 'America/New_York'],
    ['CST', 'America/Chicago'],
    ['MT', 'America/Denver'],
    ['GMT', 'UTC'],
    ['UTC', 'UTC'],
    ['BST', 'Europe/London'],
    ['CEST', 'Europe/Paris'],
  ])('given %p, then the zone is %p', (name, zone) => {
    expect(ianaZone(name)).toBe(zone);
  });

  it('given an unknown name, then there is no zone', () => {
    expect(ianaZone('XYZ')).toBeNull();
  });
});

describe(zoneOffsetMinutes.name, () => {
  it('given Los Angeles in October 2018 and in January 2019, then the offsets are PDT and PST', () => {
    expect(zoneOffsetMinutes('America/Los_Angeles', utc('2018-10-26T20:30:00Z'))).toBe(-420);
    expect(zoneOffsetMinutes('America/Los_Angeles', utc('2019-01-15T20:30:00Z'))).toBe(-480);
  });
});

describe(wallClockToUtc.name, () => {
  it.each([
    ['America/Los_Angeles', [2018, 10, 26, 13, 30], '2018-10-26T20:30:00.000Z'],
    ['America/Los_Angeles', [2024, 11, 21, 14, 0], '2024-11-21T22:00:00.000Z'],
    ['America/New_York', [2022, 3, 13, 3, 30], '2022-03-13T07:30:00.000Z'],
    ['America/New_York', [2022, 3, 12, 3, 30], '2022-03-12T08:30:00.000Z'],
    ['Europe/London', [2023, 7, 1, 9, 0], '2023-07-01T08:00:00.000Z'],
    ['Europe/Paris', [2023, 1, 1, 9, 0], '2023-01-01T08:00:00.000Z'],
    ['UTC', [2023, 9, 9, 11, 0], '2023-09-09T11:00:00.000Z'],
  ] as const)('given %p wall clock %p, then the instant is %p', (zone, [year, month, day, hour, minute], instant) => {
    expect(new Date(wallClockToUtc(zone, { year, month, day, hour, minute })).toISOString()).toBe(instant);
  });
});
