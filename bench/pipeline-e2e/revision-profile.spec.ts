import { revisionProfile } from './revision-profile';

describe(revisionProfile.name, () => {
  const before = {
    apps: {
      ingest: { roundTrips: 100, commits: 10, cpuMicros: 2_000_000 },
      alerts: { roundTrips: 50, commits: 5, cpuMicros: 1_000_000 },
    },
    databaseCommits: 1_000,
  };
  const after = {
    apps: {
      ingest: { roundTrips: 1_100, commits: 210, cpuMicros: 5_000_000 },
      alerts: { roundTrips: 450, commits: 105, cpuMicros: 1_500_000 },
    },
    databaseCommits: 1_600,
  };

  it('given counts before and after 200 revisions, then each app shows its deltas per revision, CPU in ms', () => {
    const profile = revisionProfile(before, after, 200, 100);
    expect(profile.apps).toEqual([
      { app: 'ingest', cpuMsPerRevision: 15, roundTripsPerRevision: 5, commitsPerRevision: 1 },
      { app: 'alerts', cpuMsPerRevision: 2.5, roundTripsPerRevision: 2, commitsPerRevision: 0.5 },
    ]);
    expect(profile).toMatchObject({ ratePerSecond: 100, revisions: 200, databaseCommitsPerRevision: 3 });
  });

  it('given no revisions, then nothing is divided by zero: every figure is NaN', () => {
    const profile = revisionProfile(before, after, 0, 25);
    expect(profile.apps[0].cpuMsPerRevision).toBeNaN();
    expect(profile.databaseCommitsPerRevision).toBeNaN();
  });
});
