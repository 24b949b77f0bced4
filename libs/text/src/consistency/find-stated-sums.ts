import type { Figure } from '../model';
import type { WorkMeter } from '../work-meter';
import { NO_METER } from '../work-meter';
import type { StatedSum, StatedSums, SumTerm } from './stated-sum';
import type { LabelReading } from './subject-nouns';
import { readLabel, singular } from './subject-nouns';
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
 * Most (total, candidate part) comparisons one call makes. Matching totals with
 * parts is quadratic when many blocks hold distinct breakdowns of one noun; a
 * real report has a handful of sums, and at the default figure limit (5,000)
 * this still allows 200 candidates for every figure. Past it the search stops
 * and the result says so.
 */
export const MAX_SUM_CANDIDATES = 1_000_000;

/** Counted in the work meter: one unit per figure read plus one per candidate part compared with a total. */
export const STATED_SUMS_STEP = 'stated-sums';

export interface FindStatedSumsOptions {
  meter?: WorkMeter;
  /** Cap on candidate comparisons; MAX_SUM_CANDIDATES unless given (tests use a small one). */
  maxCandidates?: number;
}

/** A figure that could be a part of some total: a plain noun phrase counting something, above zero. */
interface Part {
  index: number;
  figure: Figure;
  nouns: string[];
  /** The part's modifiers and label words: a total's modifiers must all be among them. */
  words: Set<string>;
}

/**
 * Totals a revision states with their parts: a figure whose label's nouns are
 * all counted by two or more smaller figures of one other block (a bullet or a
 * paragraph) in the same unit, each a plain noun phrase ("Groups on Facebook",
 * not "accounts that were restored") carrying the total's modifiers.
 * "82 Pages, Groups and accounts" and the bullet "30 Pages, 33 Facebook
 * accounts, and 3 Groups on Facebook, as well as 16 accounts on Instagram"
 * make 82 = 30 + 33 + 3 + 16. Of several blocks that break a total down, the
 * one with the most parts wins, the earliest on a tie.
 *
 * Each label is read once, and a total only meets the parts indexed under its
 * unit and nouns with a smaller value; blocks whose parts repeat another
 * block's word for word add nothing new, so only the first two such blocks are
 * indexed (two, since one of them may hold the total itself).
 */
export function findStatedSums(figures: readonly Figure[], options: FindStatedSumsOptions = {}): StatedSums {
  const meter = options.meter ?? NO_METER;
  const maxCandidates = options.maxCandidates ?? MAX_SUM_CANDIDATES;
  const readings = figures.map((figure) => readLabel(figure.label));
  meter.count(STATED_SUMS_STEP, figures.length);
  const blockOrder = firstAppearance(figures);
  const partIndex = indexParts(figures, readings);
  const seenBy = new Int32Array(figures.length).fill(-1);
  const sums: StatedSum[] = [];
  let compared = 0;
  for (let t = 0; t < figures.length; t++) {
    const total = figures[t];
    const reading = readings[t];
    if (!isTotal(reading)) continue;
    const totalNouns = new Set(reading.nouns);
    const byBlock = new Map<string, Part[]>();
    for (const noun of totalNouns) {
      const candidates = partIndex.get(indexKey(total.unit, noun)) ?? [];
      const below = countBelow(candidates, total.value);
      // Checked before comparing, so a capped call never does more than maxCandidates comparisons.
      if (compared + below > maxCandidates) return { sums, capped: true };
      compared += below;
      meter.count(STATED_SUMS_STEP, below);
      for (let k = 0; k < below; k++) {
        const part = candidates[k];
        if (seenBy[part.index] === t) continue;
        seenBy[part.index] = t;
        if (part.figure.blockId === total.blockId || !isPartOf(part, totalNouns, reading)) continue;
        const parts = byBlock.get(part.figure.blockId);
        if (parts) parts.push(part);
        else byBlock.set(part.figure.blockId, [part]);
      }
    }
    const sum = bestBreakdown(total, reading, byBlock, blockOrder);
    if (sum) sums.push(sum);
  }
  return { sums, capped: false };
}

function isTotal(reading: LabelReading): boolean {
  return reading.nouns.length > 0 && (!reading.predicate || TOTAL_PREDICATES.has(reading.predicate));
}

function bestBreakdown(
  total: Figure,
  reading: LabelReading,
  byBlock: Map<string, Part[]>,
  blockOrder: Map<string, number>,
): StatedSum | null {
  const blocks = [...byBlock.keys()].sort((a, b) => (blockOrder.get(a) ?? 0) - (blockOrder.get(b) ?? 0));
  let best: StatedSum | null = null;
  for (const blockId of blocks) {
    const parts = (byBlock.get(blockId) as Part[]).sort((a, b) => a.index - b.index);
    if (parts.length < 2 || !covers(parts, reading.nouns)) continue;
    const partsSum = parts.reduce((sum, part) => sum + part.figure.value, 0);
    if (!plausible(partsSum, total.value)) continue;
    if (best && best.parts.length >= parts.length) continue;
    const partsExact = parts.every((part) => part.figure.qualifier === 'exact');
    const holds = sumHolds(total.value, total.qualifier, partsSum, partsExact);
    best = { total: term(total), parts: parts.map((part) => term(part.figure)), partsSum, holds };
  }
  return best;
}

function isPartOf(part: Part, totalNouns: Set<string>, totalReading: LabelReading): boolean {
  if (!part.nouns.every((noun) => totalNouns.has(noun))) return false;
  // "Meridian accounts" is not broken down by "Snapline accounts": a part keeps the total's modifiers.
  return totalReading.modifiers.every((modifier) => part.words.has(modifier));
}

/**
 * Parts by unit and noun, smallest value first, so a total finds the parts
 * below it by binary search. Of blocks with the same parts, only the first two
 * are indexed: a later copy could only tie with them, and ties go to the earliest.
 */
function indexParts(figures: readonly Figure[], readings: LabelReading[]): Map<string, Part[]> {
  const partsByBlock = new Map<string, Part[]>();
  figures.forEach((figure, index) => {
    const reading = readings[index];
    if (reading.hasVerb || reading.nouns.length === 0 || !(figure.value > 0)) return;
    const words = new Set([...reading.modifiers, ...wordsOf(figure.label)]);
    const part: Part = { index, figure, nouns: reading.nouns, words };
    const parts = partsByBlock.get(figure.blockId);
    if (parts) parts.push(part);
    else partsByBlock.set(figure.blockId, [part]);
  });
  const copies = new Map<string, number>();
  const index = new Map<string, Part[]>();
  for (const parts of partsByBlock.values()) {
    const signature = JSON.stringify(parts.map(({ figure: f }) => [f.label, f.value, f.unit, f.qualifier, f.text]));
    const seen = copies.get(signature) ?? 0;
    copies.set(signature, seen + 1);
    if (seen >= 2) continue;
    for (const part of parts) {
      for (const noun of part.nouns) {
        const key = indexKey(part.figure.unit, noun);
        const list = index.get(key);
        if (list) list.push(part);
        else index.set(key, [part]);
      }
    }
  }
  for (const list of index.values()) list.sort((a, b) => a.figure.value - b.figure.value || a.index - b.index);
  return index;
}

const indexKey = (unit: string, noun: string) => `${unit}\u0000${noun}`;

/** How many parts of a value-sorted list are smaller than `value` (binary search). */
function countBelow(parts: Part[], value: number): number {
  let low = 0;
  let high = parts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (parts[middle].figure.value < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

const wordsOf = (label: string) => (label.toLowerCase().match(/[a-z][a-z'-]*/g) ?? []).map(singular);

function covers(parts: Part[], nouns: string[]): boolean {
  const counted = new Set(parts.flatMap((part) => part.nouns));
  return nouns.every((noun) => counted.has(noun));
}

function plausible(partsSum: number, total: number): boolean {
  if (total <= 0 || partsSum <= 0) return false;
  return partsSum <= total * PLAUSIBLE_FACTOR && partsSum * PLAUSIBLE_FACTOR >= total;
}

function firstAppearance(figures: readonly Figure[]): Map<string, number> {
  const order = new Map<string, number>();
  for (const figure of figures) if (!order.has(figure.blockId)) order.set(figure.blockId, order.size);
  return order;
}

function term({ key, label, value, qualifier, unit, text }: Figure): SumTerm {
  return { key, label, value, qualifier, unit, text };
}
