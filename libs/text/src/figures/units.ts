import type { FigureUnit } from '../model';
import { currencyAfter, currencyBefore } from './currency';

const PERCENT_AFTER = /^\s?(?:%|percent(?:age)?s?(?:\s+points?)?\b|per\s?cent\b|pct\b)/i;

export interface UnitReading {
  unit: FigureUnit;
  value: number;
  start: number;
  end: number;
}

/** The unit around an amount: percent or currency marks extend the span, minor units convert the value. */
export function readUnit(text: string, start: number, end: number, value: number): UnitReading {
  const percent = PERCENT_AFTER.exec(text.slice(end, end + 24));
  if (percent) return { unit: 'percent', value, start, end: end + percent[0].length };
  const before = currencyBefore(text, start);
  const after = currencyAfter(text, end);
  if (before) {
    const repeated = after && after.code === before.code && after.divisor === 1 ? after.length : 0;
    return { unit: before.code, value, start: start - before.length, end: end + repeated };
  }
  if (after)
    return { unit: after.code, value: Number((value / after.divisor).toPrecision(15)), start, end: end + after.length };
  return { unit: 'count', value, start, end };
}
