/** What the bench sends an app started with app-probe.js to ask for its counts. */
export const PROBE_REQUEST = 'bench-probe';

/** Since the app started: pg Client.query calls, COMMITs among them, and the process's CPU time (all threads). */
export interface ProbeCounts {
  roundTrips: number;
  commits: number;
  cpuMicros: number;
}
