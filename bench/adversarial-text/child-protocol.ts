/** What the parent asks one measuring process for: a hostile family at a size, or the seed as it is. */
export type Target = { kind: 'family'; name: string; bytes: number } | { kind: 'seed'; path: string };

/** What the measuring process sends back: the size measured and how long each round of the capture's work took. */
export interface TargetReport {
  bytes: number;
  roundMs: number[];
}

/** Rounds stop at this many, or once this much time was spent (always at least one round). */
export const MAX_ROUNDS = 25;
export const MIN_MEASURE_MS = 2_000;
