import { parseNumeral } from './parse-digits';
import { parseWords } from './parse-words';

// Currency marks and percent words carry the unit, not the value, so the parser reads past them.
const UNIT_MARKS =
  /(?:^|(?<!\s)\s)(?:u\.?s\.?|us|usd|c|ca|cad|a|au|aud|nz|hk|s|mx|r)?\s*[$€£¥₹₩₽₺₪₫₱元]|%|\b(?:per\s?cents?|percent(?:age)?s?|pct|usd|eur|gbp|jpy|inr|cad|aud|chf|cny|rmb)\b/g;
const SIGN = /^(?:-|minus\b|negative\b)\s*/;
const PLAIN_INTEGER = /^\d{1,15}$|^\d{1,3}(?:,\d{3}){1,4}$/;
// Read on normalised text (single spaces, trimmed), so one space stands on each side of the word.
const RATIO_WORD = / (?:over|out of) /;

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2212\u2013\u2010\u2011]/g, '-')
    .replace(/[\u00a0\u2009\u202f]/g, ' ')
    .replace(UNIT_MARKS, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^a\s+(?=\d)/, '');
}

function parseUnsigned(text: string): number | null {
  const direct = parseNumeral(text) ?? parseWords(text);
  if (direct !== null) return direct;
  const ratio = RATIO_WORD.exec(text);
  if (!ratio || ratio.index === 0) return null;
  const numerator = parseUnsigned(text.slice(0, ratio.index));
  const denominator = parseUnsigned(text.slice(ratio.index + ratio[0].length));
  return numerator === null || !denominator ? null : numerator / denominator;
}

/**
 * The value of a number as written: "1.02 million" -> 1020000, "twenty-five" -> 25, "a dozen" -> 12,
 * "99.1%" -> 99.1, "3 1/2" -> 3.5, "$2.5 million" -> 2500000. Null when the text is not a number.
 */
export function parseNumber(text: string): number | null {
  if (PLAIN_INTEGER.test(text)) return Number(text.replace(/,/g, ''));
  let body = normalise(text);
  let sign = 1;
  const signMatch = SIGN.exec(body);
  if (signMatch) {
    sign = -1;
    body = body.slice(signMatch[0].length);
  }
  if (body === '') return null;
  const value = parseUnsigned(body);
  if (value === null || !Number.isFinite(value)) return null;
  // Decimal multipliers leave binary noise (16.4 x 1e6 = 16399999.999999998); 15 significant digits are exact.
  return sign * Number(value.toPrecision(15));
}
