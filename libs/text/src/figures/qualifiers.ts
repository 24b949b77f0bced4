import type { Qualifier } from '../model';

// Longest phrases first where one contains another ("no more than" before "more than").
const BEFORE: ReadonlyArray<[Qualifier, string]> = [
  [
    'at_most',
    'less than or equal to|(?:less|smaller|lower|fewer) or equal (?:than|to)|equal to or (?:less|fewer|lower|smaller) than|no more than|not more than|no greater than|up to|at most|a maximum of|as many as|as much as|<\\s?=|≤|=<',
  ],
  [
    'at_least',
    '(?:greater|more|higher|larger|bigger) than or equal to|(?:greater|more|higher|larger|bigger) or equal (?:than|to)|equal to or (?:more|greater|higher|larger) than|at least or equal to|at least|a minimum of|no less than|no fewer than|not less than|not fewer than|>\\s?=|≥|=>',
  ],
  [
    'more_than',
    'more than|greater than|larger than|bigger than|higher than|in excess of|upwards of|over|above|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beyond|>',
  ],
  ['less_than', 'less than|fewer than|lower than|smaller than|under|below|<'],
  [
    'about',
    'about|around|approximately|approx\\.|roughly|some|nearly|almost|an estimated|estimated|close to|circa|ca\\.|c\\.|~|≈|an approximate',
  ],
];

const HEDGES = '(?:just|well|slightly|a little|a bit|far|much)\\s+';
// Words need a boundary before them; symbols ("x>10") do not.
const BEFORE_PATTERNS: ReadonlyArray<[Qualifier, RegExp]> = BEFORE.map(([qualifier, phrases]) => [
  qualifier,
  new RegExp(`(?:^|[^\\w]|(?=[<>=≤≥~≈]))((?:${HEDGES})?(?:${phrases}))\\s*$`, 'i'),
]);

// Every phrase above ends in one of these; checking it first keeps the common unqualified case cheap.
const PHRASE_ENDING =
  /(?:than|to|of|least|most|over|above|exceed\w*|surpass\w*|beyond|under|below|about|around|approximately|approx\.|roughly|some|nearly|almost|estimated|circa|ca\.|c\.|as|approximate|[~≈<>=≥≤])\s*$/i;

/** A qualifier phrase ending right before `start`, and how many characters it takes. */
export function qualifierBefore(text: string, start: number): { qualifier: Qualifier; length: number } | null {
  const window = text.slice(Math.max(0, start - 40), start);
  if (!PHRASE_ENDING.test(window)) return null;
  for (const [qualifier, pattern] of BEFORE_PATTERNS) {
    const match = pattern.exec(window);
    if (match) return { qualifier, length: window.length - (match.index + match[0].indexOf(match[1])) };
  }
  return null;
}

/** "more than 5000 or equal to" is at least 5000; "less than 30 or equal" at most 30. */
export function inclusiveAfter(
  text: string,
  end: number,
  qualifier: Qualifier,
): { qualifier: Qualifier; length: number } | null {
  if (qualifier !== 'more_than' && qualifier !== 'less_than') return null;
  const match = /^\s+or\s+equal(?:\s+to)?\b/i.exec(text.slice(end, end + 20));
  if (!match) return null;
  return { qualifier: qualifier === 'more_than' ? 'at_least' : 'at_most', length: match[0].length };
}

const AFTER: ReadonlyArray<[Qualifier, RegExp]> = [
  ['more_than', /^(?:\+|-plus\b|\s+plus\b)/i],
  ['at_least', /^\s+or\s+(?:more|greater|higher|above|over)\b/i],
  ['at_most', /^\s+or\s+(?:less|fewer|lower|below|under)\b/i],
];

/** A qualifier written after the amount ("28,000+", "500 or more"), and how many characters it takes. */
export function qualifierAfter(text: string, end: number): { qualifier: Qualifier; length: number } | null {
  const window = text.slice(end, end + 16);
  for (const [qualifier, pattern] of AFTER) {
    const match = pattern.exec(window);
    if (match) return { qualifier, length: match[0].length };
  }
  return null;
}
