import type { Figure, FigureChange, FigureChangeKind, FigureValue } from '../model';
import { DiffWork } from './diff-work';
import { sortInDocumentOrder } from './document-order';
import type { FigurePair } from './figure-pairing';
import { pairFigures } from './figure-pairing';

/** Figures added, removed, changed in value or unit, or requalified, in document order; unchanged figures give nothing. */
export function diffFigures(
  before: readonly Figure[],
  after: readonly Figure[],
  work: DiffWork = new DiffWork(),
): FigureChange[] {
  const beforeSorted = inDocumentOrder(before);
  const afterSorted = inDocumentOrder(after);
  const changes: FigureChange[] = [];
  for (const pair of sortInDocumentOrder(pairFigures(beforeSorted, afterSorted, work), work)) {
    const change = toFigureChange(pair, beforeSorted, afterSorted);
    if (change) changes.push(change);
  }
  return changes;
}

function inDocumentOrder(figures: readonly Figure[]): Figure[] {
  return [...figures].sort((a, b) => a.start - b.start || a.end - b.end);
}

function toFigureChange(pair: FigurePair, before: Figure[], after: Figure[]): FigureChange | null {
  const from = pair.beforeIndex === null ? null : before[pair.beforeIndex];
  const to = pair.afterIndex === null ? null : after[pair.afterIndex];
  const change = changeKind(from, to);
  if (!change) return null;
  // A matched pair keeps the old key: the change belongs to the series the old figure started.
  const [first, latest] = [from ?? to, to ?? from] as [Figure, Figure];
  return {
    key: first.key,
    change,
    label: latest.label,
    section: latest.section,
    from: from && figureValue(from),
    to: to && figureValue(to),
  };
}

export function changeKind(from: Figure | null, to: Figure | null): FigureChangeKind | null {
  if (!from) return 'added';
  if (!to) return 'removed';
  if (from.value !== to.value || from.unit !== to.unit) return 'changed';
  if (from.qualifier !== to.qualifier) return 'requalified';
  return null;
}

function figureValue({ value, qualifier, unit, text }: Figure): FigureValue {
  return { value, qualifier, unit, text };
}
