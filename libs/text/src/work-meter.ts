/**
 * Counts the work a text step does (candidates considered, characters
 * scanned, pairs compared) so tests can show that it grows linearly with its
 * input without timing anything. Steps take an optional meter; the default
 * counts nothing and costs one call.
 */
export interface WorkMeter {
  count(step: string, units?: number): void;
}

export const NO_METER: WorkMeter = { count: () => undefined };

/** A meter that totals units per step, for tests and benchmarks. */
export class CountingMeter implements WorkMeter {
  readonly totals = new Map<string, number>();

  count(step: string, units = 1): void {
    this.totals.set(step, (this.totals.get(step) ?? 0) + units);
  }

  total(step?: string): number {
    if (step !== undefined) return this.totals.get(step) ?? 0;
    let sum = 0;
    for (const units of this.totals.values()) sum += units;
    return sum;
  }
}
