/** subject / baseline as the contract defines it; NaN when the baseline is zero or either side is not a finite number. */
export function ratio(subjectValue: number, baselineValue: number): number {
  if (!Number.isFinite(subjectValue) || !Number.isFinite(baselineValue) || baselineValue === 0) return Number.NaN;
  return subjectValue / baselineValue;
}
