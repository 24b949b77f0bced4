import { denominatorOf, ordinalUnitOf, SMALL_NUMBERS, TENS } from './number-words';
import { readCardinalWords } from './word-cardinal';

interface Reading {
  value: number;
  next: number;
}

/** A spoken denominator, one word ("thirds") or tens plus ordinal ("twenty-firsts"). */
function readDenominator(words: readonly string[], at: number): Reading | null {
  const tens = TENS[words[at]];
  const unit = words[at + 1] === undefined ? null : ordinalUnitOf(words[at + 1]);
  if (tens !== undefined && unit !== null) return { value: tens + unit, next: at + 2 };
  const single = words[at] === undefined ? null : denominatorOf(words[at]);
  return single === null ? null : { value: single, next: at + 1 };
}

/** "point zero three" -> .03, "point seventy-one" -> .71. */
function readDecimals(words: readonly string[], at: number): Reading | null {
  let digits = '';
  let index = at;
  while (index < words.length && words[index] in SMALL_NUMBERS && SMALL_NUMBERS[words[index]] < 10) {
    digits += String(SMALL_NUMBERS[words[index]]);
    index += 1;
  }
  if (digits === '') {
    const cardinal = readCardinalWords(words, at);
    if (!cardinal) return null;
    digits = String(cardinal.value);
    index = cardinal.next;
  }
  return { value: Number(`0.${digits}`), next: index };
}

function readNumerator(words: readonly string[], at: number): Reading | null {
  if ((words[at] === 'a' || words[at] === 'an') && readDenominator(words, at + 1)) return { value: 1, next: at + 1 };
  return readCardinalWords(words, at);
}

/** A proper fraction split off at the last "and": "one hundred and three quarters" is 100 + 3/4. */
function splitAtAnd(words: readonly string[], from: number, end: number, denominator: number): number | null {
  const andAt = words.lastIndexOf('and', end - 1);
  if (andAt <= from) return null;
  const whole = readCardinalWords(words.slice(from, andAt), 0);
  const numerator = readCardinalWords(words.slice(andAt + 1, end), 0);
  if (!whole || !numerator || whole.next !== andAt - from || numerator.next !== end - andAt - 1) return null;
  return numerator.value < denominator ? whole.value + numerator.value / denominator : null;
}

/** Reads a number in words from `at`: cardinal, decimal ("point"), fraction and "and a half" tails. */
export function readWordNumber(words: readonly string[], at: number): Reading | null {
  const numerator = readNumerator(words, at);
  if (!numerator) return null;
  const { value, next } = numerator;
  if (words[next] === 'point') {
    const decimals = readDecimals(words, next + 1);
    if (!decimals) return { value, next };
    return { value: value + decimals.value, next: decimals.next };
  }
  const denominator = readDenominator(words, next);
  if (denominator) {
    return {
      value: splitAtAnd(words, at, next, denominator.value) ?? value / denominator.value,
      next: denominator.next,
    };
  }
  if (words[next] === 'and') {
    const tail = readWordNumber(words, next + 1);
    if (tail && tail.value < value && !Number.isInteger(tail.value))
      return { value: value + tail.value, next: tail.next };
  }
  return { value, next };
}

/** The whole text as a number in words, or null when any word is left over. */
export function parseWords(text: string): number | null {
  const words = text.split(/[\s-]+/).filter(Boolean);
  if (words[0] === 'half' && (words[1] === 'a' || words[1] === 'an') && words.length === 3) {
    const whole = readCardinalWords(['a', words[2]], 0);
    return whole ? whole.value / 2 : null;
  }
  const reading = readWordNumber(words, 0);
  return reading && reading.next === words.length ? reading.value : null;
}
