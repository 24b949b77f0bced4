import type { AppProfile, RevisionProfile } from '../report/pipeline-summary';
import type { ProbeCounts } from './probe-protocol';

/** Each app's probe counts, and the database's committed transactions, at one moment. */
export interface ProfileSnapshot {
  apps: Record<string, ProbeCounts>;
  databaseCommits: number;
}

/** What each app spent on the revisions of one step, from snapshots taken before sending and after draining. */
export function revisionProfile(
  before: ProfileSnapshot,
  after: ProfileSnapshot,
  revisions: number,
  ratePerSecond: number,
): RevisionProfile {
  const perRevision = (delta: number) => (revisions > 0 ? delta / revisions : Number.NaN);
  const apps = Object.entries(after.apps).map(([app, end]): AppProfile => {
    const start = before.apps[app];
    return {
      app,
      cpuMsPerRevision: perRevision((end.cpuMicros - start.cpuMicros) / 1000),
      roundTripsPerRevision: perRevision(end.roundTrips - start.roundTrips),
      commitsPerRevision: perRevision(end.commits - start.commits),
    };
  });
  return {
    ratePerSecond,
    revisions,
    apps,
    databaseCommitsPerRevision: perRevision(after.databaseCommits - before.databaseCommits),
  };
}
