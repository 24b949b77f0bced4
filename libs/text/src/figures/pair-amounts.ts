import type { Amount } from './read-amount';

const RATIO_LINK = /^\s+(?:in|out\s+of)(?:\s+every)?\s+$/i;
const RANGE_LINK = /^\s*(?:-|\u2013|\u2014|to)\s*$/i;
const BETWEEN_LINK = /^\s+and\s+$/i;

export type Pairing = 'ratio' | 'range' | null;

/** How two neighbouring amounts combine: "one in five" is a ratio, "10-20" and "between 10 and 20" a range. */
export function pairing(text: string, first: Amount, second: Amount): Pairing {
  const link = text.slice(first.end, second.start);
  // "about one in four": a hedge before the ratio hedges the ratio.
  const plainFirst = !first.qualified || first.qualifier === 'about';
  if (RATIO_LINK.test(link) && first.unit === 'count' && second.unit === 'count' && plainFirst) return 'ratio';
  if ((first.qualified && first.qualifier !== 'about') || second.qualified) return null;
  const lead = text.slice(Math.max(0, first.start - 8), first.start).toLowerCase();
  if (BETWEEN_LINK.test(link)) return /between\s+$/.test(lead) ? 'range' : null;
  // "from 1,100 to 1,234" reports a change, so both are exact figures, not a range.
  if (RANGE_LINK.test(link) && !/from\s+$/.test(lead))
    return link.trim() === 'to' && first.value > second.value ? null : 'range';
  return null;
}

/** "one in five" as a percentage: 20. */
export function ratioAmount(first: Amount, second: Amount): Amount {
  const value = Number(((first.value / second.value) * 100).toPrecision(15));
  return { ...first, value, unit: 'percent', end: second.end };
}

/**
 * The two bounds of a range; the low end borrows the high end's unit and multiplier ("$10-20 million").
 * A hedged range ("about 10 to 15 percent") keeps "about" on both bounds.
 */
export function rangeBounds(text: string, low: Amount, high: Amount): [Amount, Amount] {
  const borrowsScale = low.scale === 1 && high.scale > 1;
  const hedged = low.qualifier === 'about';
  const lead = /between\s+$/i.exec(text.slice(Math.max(0, low.start - 8), low.start));
  return [
    {
      ...low,
      value: borrowsScale ? low.value * high.scale : low.value,
      unit: low.unit === 'count' ? high.unit : low.unit,
      qualifier: hedged ? 'about' : 'at_least',
      start: low.start - (lead ? lead[0].length : 0),
    },
    { ...high, unit: high.unit === 'count' ? low.unit : high.unit, qualifier: hedged ? 'about' : 'at_most' },
  ];
}
