import { DOZEN_WORDS, SCALES, SMALL_NUMBERS, TENS } from './number-words';

export interface WordReading {
  value: number;
  /** Index of the first word not consumed. */
  next: number;
}

type Part = 'none' | 'small' | 'tens' | 'hundred' | 'scale';

interface State {
  total: number;
  group: number;
  last: Part;
  lastScale: number;
  /** What the last scale word added, so "lakh crore" can compound it. */
  lastAdded: number;
}

/** Applies one number word to the running state, or returns false when the word cannot continue the number. */
function apply(state: State, word: string): boolean {
  if (word in SMALL_NUMBERS) {
    const tensThenUnit = state.last === 'tens' && SMALL_NUMBERS[word] < 10 && SMALL_NUMBERS[word] > 0;
    if (state.last !== 'none' && state.last !== 'hundred' && state.last !== 'scale' && !tensThenUnit) return false;
    state.group += SMALL_NUMBERS[word];
    state.last = 'small';
    return true;
  }
  if (word in TENS) {
    if (state.last === 'small' || state.last === 'tens') return false;
    state.group += TENS[word];
    state.last = 'tens';
    return true;
  }
  if (word === 'hundred') {
    if ((state.last !== 'small' && state.last !== 'tens') || state.group % 100 === 0) return false;
    state.group = Math.floor(state.group / 100) * 100 + (state.group % 100) * 100;
    state.last = 'hundred';
    return true;
  }
  const scale = SCALES[word];
  if (scale === undefined) return false;
  if (state.last === 'scale') return compoundScale(state, scale);
  if (state.group === 0 || scale >= state.lastScale) return false;
  state.lastAdded = state.group * scale;
  state.total += state.lastAdded;
  state.group = 0;
  state.lastScale = scale;
  state.last = 'scale';
  return true;
}

/** "three lakh crore" is 3 x 1e5 x 1e7: a second scale word multiplies what the first one added. */
function compoundScale(state: State, scale: number): boolean {
  state.total += state.lastAdded * (scale - 1);
  state.lastAdded *= scale;
  state.lastScale = Math.max(state.lastScale, state.lastAdded);
  return true;
}

/**
 * Reads the longest cardinal written in words starting at `from`: "two hundred and five", "twenty-one trillion",
 * "a dozen", "three hundred and two dozens" (300 + 2 x 12). "and" is taken only after a hundred or a scale word.
 */
export function readCardinalWords(words: readonly string[], from: number): WordReading | null {
  const state: State = { total: 0, group: 0, last: 'none', lastScale: Infinity, lastAdded: 0 };
  let index = from;
  if ((words[index] === 'a' || words[index] === 'an') && isMultiplier(words[index + 1])) {
    state.group = 1;
    state.last = 'small';
    index += 1;
  }
  let next = -1;
  while (index < words.length) {
    const word = words[index];
    if (word === 'and' && (state.last === 'hundred' || state.last === 'scale') && index + 1 < words.length) {
      const probe = { ...state };
      if (!apply(probe, words[index + 1])) break;
      Object.assign(state, probe);
      index += 2;
      next = index;
      continue;
    }
    if (DOZEN_WORDS.has(word) && (state.last === 'small' || state.last === 'tens')) {
      const unitPart = state.group % 100;
      state.group = state.group - unitPart + unitPart * 12;
      next = index + 1;
      break;
    }
    if (!apply(state, word)) break;
    index += 1;
    next = index;
  }
  if (next < 0) return null;
  return { value: state.total + state.group, next };
}

function isMultiplier(word: string | undefined): boolean {
  return word !== undefined && (word === 'hundred' || word in SCALES || DOZEN_WORDS.has(word));
}
