import { isLetter, wordAfter, wordBefore } from './context-words';
import { currencyAfter } from './currency';
import { overlappingReason } from './masked-spans';
import type { NonFigureReason, ReasonSpan } from './non-figure-reason';
import type { Mention } from './scan-mentions';

const TIME_UNITS =
  /^(?:(?:milli|micro|nano)seconds?|seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?|yrs?|decades?|centuries|century)$/;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)\b/i;
const CURRENCY_CODES = /(?:USD|EUR|GBP|JPY|INR|CAD|AUD|CHF|CNY|RMB|MXN|NZD|HKD|SGD|BRL|KRW|RUB|ZAR)$/;
// "one" is a pronoun or determiner, not a count, in "one of", "no one", "one or more", "this one", "one is".
const ONE_BEFORE = new Set([
  'no',
  'any',
  'every',
  'each',
  'the',
  'this',
  'that',
  'which',
  'someone',
  'anyone',
  'than',
  'on',
  'in',
  'at',
  'from',
  'into',
  'with',
  'by',
  'for',
  'to',
  'onto',
  'within',
]);
// "the three networks", "between the two": a number after a definite determiner points back to things already counted.
const ANAPHORIC_BEFORE = /\b(?:the|these|those|both)\s+$/i;
// "the top five countries", "(top 10)": how far down a ranking the report lists, not a count of anything.
const RANK_CUTOFF_BEFORE = /\b(?:top|bottom)\s+$/i;
// "the 10 largest companies", "its 5 biggest markets": a number before a superlative says where a ranking is cut.
const RANK_CUTOFF_AFTER =
  /^\s+(?:largest|biggest|smallest|highest|lowest|leading|richest|poorest|busiest|most|least|best|worst|top)\b/i;
// "children aged 8 to 17", "ages 13-17", "age 15+": who a survey covers, not how many.
const AGE_BRACKET_BEFORE =
  /\b(?:aged|ages?)\s+(?:(?:between|from|over|under)\s+)?(?:\d{1,3}\s*(?:-|\u2013|to|and)\s*)?$/i;
const MEASURE_AFTER =
  /^\s?(?:[KMGTP]B|[kmgt]b|KiB|MiB|GiB|km|cm|mm|kg|lbs?|mi|ft|MHz|GHz|mph|km\/h|kph|Mbps|Gbps|ms|°[CF]?|[kMG]Wh?|degrees|(?:kilo|mega|giga)?watts?|(?:metric )?tonnes|tons|(?:kilo|centi|milli)?met(?:re|er)s|miles|feet|inches|(?:kilo)?grams|litres|liters|gallons|barrels|acres|hectares)\b/;
const ONE_AFTER = new Set([
  'of',
  'or',
  'another',
  'more',
  'way',
  'thing',
  'hand',
  'side',
  'is',
  'was',
  'can',
  'could',
  'would',
  'should',
  'will',
  'has',
  'had',
  'must',
  'may',
  'might',
  'does',
  'did',
  'who',
  'that',
  'which',
  'such',
  'must',
  'another',
]);
const YEAR_PREPOSITIONS = new Set([
  'in',
  'since',
  'from',
  'by',
  'until',
  'till',
  'to',
  'of',
  'during',
  'before',
  'after',
  'through',
  'early',
  'late',
  'mid',
  'year',
  'the',
  'a',
  'its',
  'their',
  'our',
  'this',
  'that',
  'between',
  'and',
  'or',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'circa',
  'around',
  'fiscal',
  'calendar',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'for',
  'as',
  'on',
  'at',
]);

function attachedBefore(text: string, mention: Mention): NonFigureReason | null {
  const before = text.slice(Math.max(0, mention.start - 8), mention.start);
  if (/(?:19|20)\d\d[-\u2013]$/.test(before)) return 'year';
  if (/[A-Za-z][-_]?$|[A-Za-z]-\d+-$/.test(before) && !CURRENCY_CODES.test(before.trim())) return 'alphanumeric-name';
  return /\d[_/]$/.test(before) ? 'alphanumeric-name' : null;
}

// "voted 6-2", "won 3-1", "a 5-0 ruling": a range runs from low to high, so a pair that falls or ties is a tally.
const TALLY_AFTER = /^[-\u2013](\d{1,3})(?![\d.,%])/;
const TALLY_BEFORE = /(?<![\d.,])(\d{1,3})[-\u2013]$/;

function isTally(text: string, mention: Mention): boolean {
  if (mention.written !== 'digits' || mention.scale !== 1 || !Number.isInteger(mention.value)) return false;
  const after = TALLY_AFTER.exec(text.slice(mention.end, mention.end + 5));
  if (after && Number(after[1]) <= mention.value) return !currencyAfter(text, mention.end + after[0].length);
  const before = TALLY_BEFORE.exec(text.slice(Math.max(0, mention.start - 5), mention.start));
  return (
    before !== null &&
    Number(before[1]) >= mention.value &&
    !/^\s?(?:%|per ?cent)/.test(text.slice(mention.end, mention.end + 9))
  );
}

function attachedAfter(text: string, mention: Mention): NonFigureReason | null {
  const after = text.slice(mention.end, mention.end + 12);
  if (mention.written === 'digits' && ORDINAL_SUFFIX.test(after)) return 'ordinal';
  if (mention.written === 'digits' && /^'?s\b/.test(after)) return 'year';
  if (/^\/\d/.test(after)) return 'reference-number';
  if (/^-\d+-/.test(after) || /^\.\d+\.\d/.test(after)) return 'alphanumeric-name';
  // "13- to 17-year-olds": the first half of a compound modifier whose noun comes after the second number.
  if (/^-\s+(?:to|and|or)\s+\d/.test(after)) return 'compound-modifier';
  if (/^[A-Za-z]/.test(after) && !CURRENCY_CODES.test(after.slice(0, 3).toUpperCase())) return 'alphanumeric-name';
  if (
    /^-(?!plus\b|fold\b|strong\b)[A-Za-z]/.test(after) &&
    !currencyAfter(text, mention.end) &&
    !/^-(?:million|billion|thousand)\b/.test(after)
  ) {
    return TIME_UNITS.test(wordAfter(text, mention.end + 1)) ? 'duration-or-relative-time' : 'compound-modifier';
  }
  return null;
}

/** Four digits 1900-2099 read as a year unless money, a percent or a plain count of a plural noun. */
function isYear(text: string, mention: Mention): boolean {
  const written = text.slice(mention.start, mention.end);
  if (!/^(?:19|20)\d\d$/.test(written)) return false;
  if (/[$€£¥₹]\s?$/.test(text.slice(Math.max(0, mention.start - 2), mention.start))) return false;
  if (/^\s?(?:%|percent|per cent)/i.test(text.slice(mention.end, mention.end + 9))) return false;
  const next = wordAfter(text, mention.end);
  const countsPlural = /^[a-z]+s$/.test(next) && !/^(?:was|is|has|as|its|this|his|us)$/.test(next);
  return !countsPlural || YEAR_PREPOSITIONS.has(wordBefore(text, mention.start));
}

// "one in Ghana, one in Nigeria": "one" standing for a noun named before; "one in five" stays a ratio.
const ONE_AS_PRONOUN =
  /^\s+(?:in|on|at|from|for|with)\s+(?!(?:every\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)/i;

function isDeterminerOne(text: string, mention: Mention): boolean {
  if (text.slice(mention.start, mention.end).toLowerCase() !== 'one') return false;
  const next = wordAfter(text, mention.end);
  if (ONE_AS_PRONOUN.test(text.slice(mention.end, mention.end + 24))) return true;
  return ONE_BEFORE.has(wordBefore(text, mention.start)) || ONE_AFTER.has(next) || next === '';
}

/** Why this number is not a figure, or null when it is one. */
export function classifyMention(text: string, mention: Mention, masked: readonly ReasonSpan[]): NonFigureReason | null {
  const reason =
    overlappingReason(masked, mention.start, mention.end) ??
    attachedBefore(text, mention) ??
    attachedAfter(text, mention);
  if (reason) return reason;
  if (mention.written === 'words' && !Number.isInteger(mention.value)) return 'word-fraction';
  if (isTally(text, mention)) return 'score-or-tally';
  if (RANK_CUTOFF_BEFORE.test(text.slice(Math.max(0, mention.start - 8), mention.start))) return 'rank-cutoff';
  if (RANK_CUTOFF_AFTER.test(text.slice(mention.end, mention.end + 12))) return 'rank-cutoff';
  if (AGE_BRACKET_BEFORE.test(text.slice(Math.max(0, mention.start - 24), mention.start))) return 'age-bracket';
  if (MEASURE_AFTER.test(text.slice(mention.end, mention.end + 16))) return 'measurement';
  if (mention.written === 'words' && ANAPHORIC_BEFORE.test(text.slice(Math.max(0, mention.start - 8), mention.start))) {
    return 'anaphoric-reference';
  }
  const isAge = /^\s+years?\s+old\b/i.test(text.slice(mention.end, mention.end + 12));
  if (TIME_UNITS.test(wordAfter(text, mention.end)) && !isLetter(text[mention.end]) && !isAge) {
    return 'duration-or-relative-time';
  }
  if (mention.written === 'digits' && mention.scale === 1 && isYear(text, mention)) return 'year';
  return isDeterminerOne(text, mention) ? 'determiner-one' : null;
}
