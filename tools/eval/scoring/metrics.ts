export interface PrecisionRecall {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** A share, or null when there is nothing to divide by (shown as "n/a", never as a perfect score). */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export function precisionRecall(truePositives: number, predicted: number, labelled: number): PrecisionRecall {
  const precision = ratio(truePositives, predicted);
  const recall = ratio(truePositives, labelled);
  if (predicted + labelled === 0) return { precision, recall, f1: null };
  if (truePositives === 0) return { precision, recall, f1: 0 };
  return {
    precision,
    recall,
    f1: (2 * truePositives) / (predicted + labelled),
  };
}

/** Figures are equal when they agree to nine significant digits: "1.02 million" computed as 1.02 * 1e6 is not exact in floating point. */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
