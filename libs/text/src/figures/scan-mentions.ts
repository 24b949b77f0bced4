import type { WorkMeter } from '../work-meter';
import { NO_METER } from '../work-meter';
import { isLetter } from './context-words';
import { currencyBefore } from './currency';
import { DOZEN_WORDS, isCardinalWord, SCALES } from './number-words';
import { NUMERAL } from './numeral-pattern';
import { parseNumber } from './parse-number';
import { readWordNumber } from './parse-words';

/** A number found in text, before deciding whether it is a figure. */
export interface Mention {
  start: number;
  end: number;
  value: number;
  written: 'digits' | 'words';
  /** The multiplier written after the numeral ("million" = 1e6), 1 when none. */
  scale: number;
}

interface WordToken {
  word: string;
  start: number;
  end: number;
}

const LETTERS = /[A-Za-z]+/g;

// "3.4m pieces of content", "$5m": a lowercase m is a million before a plural noun or after a currency mark;
// otherwise "5m" is a length.
const MILLION_BEFORE_PLURAL = /^m\s+(?!(?:was|has|does|goes|seems|means)\b)(?:[a-z]{2,}s|people)\b/;

function withPressMillions(text: string, mention: Mention): Mention {
  if (mention.scale !== 1 || text[mention.end] !== 'm' || isLetter(text[mention.end + 1])) return mention;
  const tail = text.slice(mention.end, mention.end + 24);
  if (!MILLION_BEFORE_PLURAL.test(tail) && !currencyBefore(text, mention.start)) return mention;
  return { ...mention, end: mention.end + 1, value: Number((mention.value * 1e6).toPrecision(15)), scale: 1e6 };
}

function scanDigits(text: string): Mention[] {
  const mentions: Mention[] = [];
  NUMERAL.lastIndex = 0;
  for (const match of text.matchAll(NUMERAL)) {
    const value = parseNumber(match[0]);
    const bare = match[0] === match[1] ? value : parseNumber(match[1]);
    if (value === null || bare === null) continue;
    const scale = bare === 0 ? 1 : Math.round(value / bare);
    const mention: Mention = {
      start: match.index,
      end: match.index + match[0].length,
      value,
      written: 'digits',
      scale,
    };
    mentions.push(withPressMillions(text, mention));
  }
  return mentions;
}

function startsWordNumber(words: readonly string[], index: number): boolean {
  const word = words[index];
  if (isCardinalWord(word)) return true;
  return (word === 'a' || word === 'an' || word === 'half') && index + 1 < words.length;
}

/** "half a million", "half a dozen"; a bare "half" is read as 0.5 so it can be named a word fraction. */
function halfOf(words: readonly string[], index: number): { value: number; next: number } | null {
  if (words[index] !== 'half') return null;
  const scale = SCALES[words[index + 2]] ?? (DOZEN_WORDS.has(words[index + 2]) ? 12 : undefined);
  if ((words[index + 1] !== 'a' && words[index + 1] !== 'an') || !scale) return { value: 0.5, next: index + 1 };
  return { value: scale / 2, next: index + 3 };
}

function readAt(words: readonly string[], index: number): { value: number; next: number; scale: number } | null {
  const half = halfOf(words, index);
  if (half) return { ...half, scale: half.value < 1 ? 1 : half.value * 2 };
  const reading = readWordNumber(words, index);
  if (!reading) return null;
  const trailingScale = SCALES[words[reading.next]];
  // "one and a half million": the fraction is read first and the scale multiplies it.
  if (trailingScale && !Number.isInteger(reading.value)) {
    return { value: reading.value * trailingScale, next: reading.next + 1, scale: trailingScale };
  }
  return { ...reading, scale: 1 };
}

// Only spaces and hyphens may sit between the words of one number; anything else becomes a "|" barrier token.
function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(LETTERS)) {
    if (tokens.length > 0 && !/^[\s-]*$/.test(text.slice(previousEnd, match.index))) {
      tokens.push({ word: '|', start: previousEnd, end: match.index });
    }
    tokens.push({ word: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length });
    previousEnd = match.index + match[0].length;
  }
  return tokens;
}

function scanWords(text: string): Mention[] {
  const tokens = wordTokens(text);
  const words = tokens.map((token) => token.word);
  const mentions: Mention[] = [];
  for (let index = 0; index < words.length; index += 1) {
    if (!startsWordNumber(words, index)) continue;
    const reading = readAt(words, index);
    if (!reading) continue;
    const { start } = tokens[index];
    const { end } = tokens[reading.next - 1];
    mentions.push({ start, end, value: reading.value, written: 'words', scale: reading.scale });
    index = reading.next - 1;
  }
  return mentions;
}

const SIGN_WORD = /\b(?:minus|negative)\s+$/i;

/** "minus 12", "negative five": the sign word belongs to the number. */
function withSignWord(text: string, mention: Mention): Mention {
  const sign = SIGN_WORD.exec(text.slice(Math.max(0, mention.start - 10), mention.start));
  if (!sign || mention.value < 0) return mention;
  return { ...mention, start: mention.start - sign[0].length, value: -mention.value };
}

/** Every number in the text, written with digits or in words, in reading order. */
export function scanMentions(text: string, meter: WorkMeter = NO_METER): Mention[] {
  // Two passes of patterns the regexp lint proves linear, then a sort.
  meter.count('scan-mentions', 2 * text.length);
  const mentions = [...scanDigits(text), ...scanWords(text)].sort((a, b) => a.start - b.start);
  return mentions.map((mention) => withSignWord(text, mention));
}
