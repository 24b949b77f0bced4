// English number vocabulary shared by the parser and the scanner.

export const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  zero: 0,
  nought: 0,
  naught: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

export const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Scales that close a group of up to three digits; lakh and crore are the Indian system (1e5, 1e7). */
export const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  lakh: 1e5,
  lakhs: 1e5,
  million: 1e6,
  crore: 1e7,
  crores: 1e7,
  billion: 1e9,
  trillion: 1e12,
};

/** Abbreviated multipliers written after digits: "10k", "2.5bn", "1MM", "10 bln". */
export const SUFFIX_MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  lakh: 1e5,
  lakhs: 1e5,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  mil: 1e6,
  mln: 1e6,
  million: 1e6,
  crore: 1e7,
  crores: 1e7,
  b: 1e9,
  bn: 1e9,
  bln: 1e9,
  billion: 1e9,
  g: 1e9,
  t: 1e12,
  tn: 1e12,
  tln: 1e12,
  trillion: 1e12,
  hundred: 100,
  dozen: 12,
  dozens: 12,
  dz: 12,
  dzs: 12,
  doz: 12,
  dozs: 12,
};

export const DOZEN_WORDS: ReadonlySet<string> = new Set(['dozen', 'dozens', 'dz', 'dzs', 'doz', 'dozs']);

const ORDINAL_UNITS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
  thousandth: 1e3,
  millionth: 1e6,
  billionth: 1e9,
  trillionth: 1e12,
};

/** Denominator words of a spoken fraction ("thirds", "a quarter", "hundredths"), singular or plural. */
export function denominatorOf(word: string): number | null {
  if (word === 'half' || word === 'halves') return 2;
  if (word === 'quarter' || word === 'quarters') return 4;
  const singular = word.endsWith('s') ? word.slice(0, -1) : word;
  // "second" and "first" alone are ordinals, never denominators ("one second", "twenty-first century").
  if (singular === 'second' || singular === 'first') return null;
  return ORDINAL_UNITS[singular] ?? null;
}

/** An ordinal unit that completes a compound denominator after a tens word: "twenty-first" -> 1. */
export function ordinalUnitOf(word: string): number | null {
  const singular = word.endsWith('s') ? word.slice(0, -1) : word;
  const value = ORDINAL_UNITS[singular];
  return value !== undefined && value < 10 ? value : null;
}

export function isCardinalWord(word: string): boolean {
  return word in SMALL_NUMBERS || word in TENS || word in SCALES || word === 'hundred' || DOZEN_WORDS.has(word);
}
