import type { WorkMeter } from '../work-meter';
import { NO_METER } from '../work-meter';
import type { TextFigure } from './figure-draft';
import { COMPARISON_TAIL, labelAfter, labelBefore } from './label-text';
import { findNumbers } from './mention-findings';
import { pairing, rangeBounds, ratioAmount } from './pair-amounts';
import type { Amount } from './read-amount';
import { readAmount } from './read-amount';
import type { Span } from './span';

type Placed = Amount & { role?: TextFigure['role'] };

function placeAmounts(text: string, amounts: Amount[]): Placed[] {
  const placed: Placed[] = [];
  for (let index = 0; index < amounts.length; index += 1) {
    const current = amounts[index];
    const next = amounts[index + 1];
    const kind = next ? pairing(text, current, next) : null;
    if (kind === 'ratio') placed.push(ratioAmount(current, next));
    if (kind === 'range') {
      const [low, high] = rangeBounds(text, current, next);
      placed.push({ ...low, role: 'range-low' }, { ...high, role: 'range-high' });
    }
    if (kind) index += 1;
    else placed.push(current);
  }
  return placed;
}

/** Same clause: no sentence end, comma or semicolon between the two figures. */
function sameClause(text: string, a: TextFigure, b: TextFigure): boolean {
  const between = a.start < b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start);
  return !/[,;]|[.!?](?:\s|$)/.test(between);
}

/** Same sentence: no sentence end between the two figures. */
function sameSentence(text: string, a: TextFigure, b: TextFigure): boolean {
  return !/[.!?;](?:\s|$)/.test(text.slice(a.end, b.start));
}

/**
 * A figure with nothing counted takes the label of its neighbour in the same clause ("1,234 (up from 1,100)"),
 * or of the figure before it in the sentence when it is compared with it ("1.2 billion, down from 1.5 billion").
 */
function inheritLabels(text: string, figures: TextFigure[]): void {
  figures.forEach((figure, index) => {
    if (figure.label !== '') return;
    const previous = figures[index - 1];
    const compared = COMPARISON_TAIL.test(text.slice(Math.max(0, figure.start - 30), figure.start));
    if (compared && previous && previous.label !== '' && sameSentence(text, previous, figure)) {
      figure.label = previous.label;
      return;
    }
    const neighbours = [previous, figures[index + 1]].filter((other) => other && other.label !== '');
    const donor = neighbours.find((other) => sameClause(text, figure, other));
    if (donor) figure.label = donor.label;
  });
}

/** The first of the sorted offsets at or after `offset` (binary search). */
function firstAtOrAfter(sorted: readonly number[], offset: number): number | undefined {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] < offset) low = middle + 1;
    else high = middle;
  }
  return sorted[low];
}

// "compared with 1.7 billion in the fourth quarter": what follows a compared value is its period, not its subject.
const PERIOD_AFTER = /^\s*(?:in|during|at|on|for|over|a year|the previous|last)\b/i;

function labelOf(text: string, placed: readonly Placed[], index: number, limits: readonly number[]): string {
  const figure = placed[index];
  if (figure.role === 'range-low') return labelOf(text, placed, index + 1, limits);
  const compared = COMPARISON_TAIL.test(text.slice(Math.max(0, figure.start - 30), figure.start));
  if (compared && PERIOD_AFTER.test(text.slice(figure.end, figure.end + 20))) return '';
  const limit = firstAtOrAfter(limits, figure.end) ?? text.length;
  const after = labelAfter(text, figure.end, limit);
  if (after !== '') return after;
  const from = figure.role === 'range-high' ? index - 1 : index;
  return labelBefore(text, placed[from].start, from > 0 ? placed[from - 1].end : 0);
}

/** Figures in one text: value, unit, qualifier, label and offsets relative to the text. */
export function extractFiguresFromText(
  text: string,
  section: string | null = null,
  options: { exclude?: readonly Span[] } = {},
  meter: WorkMeter = NO_METER,
): TextFigure[] {
  const { findings, masked } = findNumbers(text, options.exclude, meter);
  const accepted = findings.filter((finding) => finding.reason === null);
  const placed = placeAmounts(
    text,
    accepted.map((finding) => readAmount(text, finding)),
  );
  const limits = [...placed.map((amount) => amount.start), ...masked.map((span) => span.start)].sort((a, b) => a - b);
  const figures = placed.map((amount, index): TextFigure => {
    const figure: TextFigure = {
      value: amount.value,
      unit: amount.unit,
      qualifier: amount.qualifier,
      text: text.slice(amount.start, amount.end),
      label: labelOf(text, placed, index, limits),
      section,
      start: amount.start,
      end: amount.end,
    };
    return amount.role ? { ...figure, role: amount.role } : figure;
  });
  inheritLabels(text, figures);
  return figures;
}
