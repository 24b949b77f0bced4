import { Figure } from '../model';
import { StatedSum, SumTerm } from './stated-sum';
import { LabelReading, readLabel, singular } from './subject-nouns';
import { sumHolds } from './sum-holds';

// A breakdown that misses its total by more than this factor is not a breakdown
// of it: "about 1.02 million accounts followed" is not the 49 accounts the
// network ran, though both count accounts.
const PLAUSIBLE_FACTOR = 2;

// A total may name the action that produced it ("accounts removed"); any other
// verb ("accounts followed these Pages") counts an audience, not the things.
const TOTAL_PREDICATES = new Set([
  'removed',
  'identified',
  'detected',
  'disrupted',
  'suspended',
  'deleted',
  'found',
  'taken',
  'took',
]);

/**
 * Totals a revision states with their parts: a figure whose label's nouns are
 * all counted by two or more smaller figures of one other block (a bullet or a
 * paragraph) in the same unit, each a plain noun phrase ("Groups on Facebook",
 * not "accounts that were restored") carrying the total's modifiers.
 * "82 Pages, Groups and accounts" and the bullet "30 Pages, 33 Facebook
 * accounts, and 3 Groups on Facebook, as well as 16 accounts on Instagram"
 * make 82 = 30 + 33 + 3 + 16.
 */
export function findStatedSums(figures: readonly Figure[]): StatedSum[] {
  const blocks = groupByBlock(figures);
  const sums: StatedSum[] = [];
  for (const total of figures) {
    const sum = bestBreakdown(total, blocks);
    if (sum) sums.push(sum);
  }
  return sums;
}

function bestBreakdown(total: Figure, blocks: Map<string, Figure[]>): StatedSum | null {
  const reading = readLabel(total.label);
  if (reading.nouns.length === 0 || (reading.predicate && !TOTAL_PREDICATES.has(reading.predicate))) return null;
  let best: StatedSum | null = null;
  for (const [blockId, figures] of blocks) {
    if (blockId === total.blockId) continue;
    const parts = figures.filter((figure) => isPartOf(figure, total, reading));
    if (parts.length < 2 || !covers(parts, reading.nouns)) continue;
    const partsSum = parts.reduce((sum, part) => sum + part.value, 0);
    if (!plausible(partsSum, total.value)) continue;
    if (best && best.parts.length >= parts.length) continue;
    const partsExact = parts.every((part) => part.qualifier === 'exact');
    const holds = sumHolds(total.value, total.qualifier, partsSum, partsExact);
    best = { total: term(total), parts: parts.map(term), partsSum, holds };
  }
  return best;
}

function isPartOf(part: Figure, total: Figure, totalReading: LabelReading): boolean {
  if (part.unit !== total.unit || !(part.value > 0 && part.value < total.value)) return false;
  const reading = readLabel(part.label);
  if (reading.hasVerb || reading.nouns.length === 0) return false;
  if (!reading.nouns.every((noun) => totalReading.nouns.includes(noun))) return false;
  // "Meridian accounts" is not broken down by "Snapline accounts": a part keeps the total's modifiers.
  const words = new Set([...reading.modifiers, ...wordsOf(part.label)]);
  return totalReading.modifiers.every((modifier) => words.has(modifier));
}

const wordsOf = (label: string) => (label.toLowerCase().match(/[a-z][a-z'-]*/g) ?? []).map(singular);

function covers(parts: Figure[], nouns: string[]): boolean {
  const counted = new Set(parts.flatMap((part) => readLabel(part.label).nouns));
  return nouns.every((noun) => counted.has(noun));
}

function plausible(partsSum: number, total: number): boolean {
  if (total <= 0 || partsSum <= 0) return false;
  return partsSum <= total * PLAUSIBLE_FACTOR && partsSum * PLAUSIBLE_FACTOR >= total;
}

function groupByBlock(figures: readonly Figure[]): Map<string, Figure[]> {
  const blocks = new Map<string, Figure[]>();
  for (const figure of figures) blocks.set(figure.blockId, [...(blocks.get(figure.blockId) ?? []), figure]);
  return blocks;
}

function term({ key, label, value, qualifier, unit, text }: Figure): SumTerm {
  return { key, label, value, qualifier, unit, text };
}
