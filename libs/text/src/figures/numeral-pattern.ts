// A number written with digits, its sign, notation and multiplier: "-3.5", "1,020,000", "12,34,567", "40 000",
// "3 1/2", "1e10", "1.02 million", "2.5bn", "10k". Word multipliers after a space, abbreviations attached.
const WORD_SCALE = String.raw`thousand|million|billion|trillion|lakhs?|crores?|hundred|dozens?|dzs?|dozs?`;
const ABBREVIATION = String.raw`k|K|M|MM|mm|mn|mln|bn|bln|b|B|tn|tln|mil`;
// Continental Europe writes decimals with a comma ("€3,4 million", "2,5 %", "€97,1m"). One or two digits after the
// comma never group thousands, so they are a decimal where a scale, multiplier or percent sign makes the number a
// measure; elsewhere ("sections 1,2 and 3") they stay a list.
const DECIMAL_COMMA = String.raw`\d{1,3},\d{1,2}(?![\d,])(?=[ \u00a0]?(?:%|per ?cent\b|percent\b|(?:${ABBREVIATION}|m)(?!\w))|\s(?:${WORD_SCALE})\b)`;
const SIGN = String.raw`(?:(?<![\w-])[-\u2212]\s?(?=\d))?`;
const BODY = String.raw`(?:${DECIMAL_COMMA}|\d{1,3}(?:,\d{3})+(?!\d)|\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,]\d)|\d+)(?:\.\d+)?|\.\d+`;
const NOTATION = String.raw`[ \t]+\d{1,2}\/\d{1,2}(?![\d/])|(?<=(?:^|[^\d,.])\d{1,2})\/\d{1,2}(?![\d/])|[eE][+-]?\d+(?![\w.])|\^[+-]*\d+`;
const MULTIPLIER = String.raw`\s?(?:${ABBREVIATION})(?![\w])|\s(?:${WORD_SCALE})(?:\s(?:${WORD_SCALE}))?\b`;

/** Global pattern; group 1 is the numeral without its multiplier. */
export const NUMERAL = new RegExp(String.raw`(?<![\d.])(${SIGN}(?:${BODY})(?:${NOTATION})?)(?:${MULTIPLIER})?`, 'g');
