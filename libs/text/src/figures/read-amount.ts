import type { Qualifier } from '../model';
import type { Finding } from './mention-findings';
import { inclusiveAfter, qualifierAfter, qualifierBefore } from './qualifiers';
import { readUnit } from './units';

export interface Amount {
  value: number;
  unit: string;
  qualifier: Qualifier;
  /** The span with qualifier words and currency marks. */
  start: number;
  end: number;
  scale: number;
  /** Whether a qualifier was written, as opposed to defaulted to exact. */
  qualified: boolean;
}

/** A number with its unit and qualifier, the span widened to include both. */
export function readAmount(text: string, finding: Finding): Amount {
  const unit = readUnit(text, finding.start, finding.end, finding.value);
  const before = qualifierBefore(text, unit.start);
  // A bound written after the amount is more specific than a hedge before it: "about 500 or more" is at least 500.
  const after =
    before && before.qualifier !== 'about'
      ? inclusiveAfter(text, unit.end, before.qualifier)
      : qualifierAfter(text, unit.end);
  const qualifier = after?.qualifier ?? before?.qualifier ?? 'exact';
  return {
    value: unit.value,
    unit: unit.unit,
    qualifier,
    start: unit.start - (before?.length ?? 0),
    end: unit.end + (after?.length ?? 0),
    scale: finding.scale,
    qualified: qualifier !== 'exact',
  };
}
