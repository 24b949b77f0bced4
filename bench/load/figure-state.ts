import type { FigureSlot } from './report-templates';
import { QUALIFIERS } from './report-templates';
import type { SeededRandom } from './seeded-random';

/** What one figure of one report says at one revision. */
export interface FigureState {
  value: number;
  qualifier: string;
}

export function initialFigure(slot: FigureSlot, random: SeededRandom): FigureState {
  return { value: random.integer(slot.min, slot.max), qualifier: random.pick(QUALIFIERS) };
}

/** A figure moved by up to a fifth of its value, never below 1: counts get revised, not reinvented. */
export function driftFigure(figure: FigureState, random: SeededRandom): FigureState {
  const spread = Math.max(1, Math.round(figure.value * 0.2));
  let value = figure.value;
  while (value === figure.value) value = Math.max(1, figure.value + random.integer(-spread, spread));
  return { ...figure, value };
}

export function requalifyFigure(figure: FigureState, random: SeededRandom): FigureState {
  const others = QUALIFIERS.filter((qualifier) => qualifier !== figure.qualifier);
  return { ...figure, qualifier: random.pick(others) };
}

/** "about $1,250" or "82": the qualifier, the slot's prefix and the number with thousands separators. */
export function writeFigure(slot: FigureSlot, figure: FigureState): string {
  const number = `${slot.prefix ?? ''}${figure.value.toLocaleString('en-US')}`;
  return figure.qualifier ? `${figure.qualifier} ${number}` : number;
}
