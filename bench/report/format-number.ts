/** Three significant digits at most, thousands grouped: enough to compare, not to mislead. */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  const magnitude = Math.abs(value);
  const fractionDigits = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
  return value.toLocaleString('en-US', {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
    ...(magnitude >= 1000 ? { maximumSignificantDigits: 3 } : {}),
  });
}

/** `12.3x`; `n/a` when there is no ratio. */
export function formatRatio(value: number): string {
  return Number.isFinite(value) ? `${formatValue(value)}x` : 'n/a';
}
