import type { Qualifier } from '../model';

// "About" figures are rounded by the publisher; 5% is looser than any rounding
// of a two-significant-digit figure ("about 25,000") and tighter than a real miscount.
const ROUNDING_TOLERANCE = 0.05;

/** Whether parts adding up to `partsSum` agree with a total stated with `qualifier`. */
export function sumHolds(total: number, qualifier: Qualifier, partsSum: number, partsExact: boolean): boolean {
  const slack = qualifier === 'about' || !partsExact ? Math.abs(total) * ROUNDING_TOLERANCE : 1e-9;
  switch (qualifier) {
    case 'more_than':
      return partsSum > total - slack;
    case 'at_least':
      return partsSum >= total - slack;
    case 'less_than':
      return partsSum < total + slack;
    case 'at_most':
      return partsSum <= total + slack;
    default:
      return Math.abs(partsSum - total) <= slack;
  }
}
