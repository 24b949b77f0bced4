import type { WorkMeter } from '../work-meter';
import { NO_METER } from '../work-meter';
import { GLUED_FOOTNOTE_MARKER } from './footnote-lines';
import type { NonFigureReason, ReasonSpan } from './non-figure-reason';

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const AM_PM = '(?:[ap]\\.?m\\.?(?![a-z])|[AP]\\.?M\\.?(?![A-Za-z]))';

// Each pattern covers a whole non-figure expression, so no number inside it becomes a figure. Each must run in
// linear time (the regexp lint checks), because captures are long and hostile: "1.1.1.…", "§§§…", "a-a-a-…".
const PATTERNS: ReadonlyArray<[NonFigureReason, RegExp]> = [
  // A domain is read from the start of its dotted run only (after any leading hyphens): starting again at every
  // label of a run that never reaches ".com" would read the rest of the run once per label.
  [
    'url',
    /\b(?:https?:\/\/|www\.)\S+|(?<![\w-]|[\w-]\.)-*\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|io|co|uk)(?:\/\S*)?/gi,
  ],
  ['hashtag-or-handle', /(?<![\w&])[#@][A-Za-z0-9_]+/g],
  [
    'date',
    new RegExp(
      `\\b${MONTH}\\s+${DAY}(?:\\s*(?:,\\s*)?\\d{4})?(?!\\d)|\\b${DAY}\\s+(?:of\\s+)?${MONTH}(?:\\s*(?:,\\s*)?\\d{4})?(?!\\d)|\\b${MONTH}(?:\\s*,)?\\s+\\d{4}(?!\\d)`,
      'g',
    ),
  ],
  [
    'date',
    new RegExp(
      `\\b\\d{1,2}\\s*(?:-|\u2013|to|and)\\s*${DAY}\\s+(?:of\\s+)?${MONTH}|\\b${MONTH}\\s+${DAY}\\s*(?:-|\u2013|to|and)\\s*${DAY}\\b`,
      'g',
    ),
  ],
  // "10/26" is a month and day; single digits both sides ("3/4") are left to be read as a fraction.
  ['date', /\b(?:1[0-2]\/(?:0?[1-9]|[12]\d|3[01])|0?[1-9]\/(?:[12]\d|3[01]|0[1-9]))\b(?![/.]\d)/g],
  ['date', /\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})\b/g],
  ['time', new RegExp(`\\b\\d{1,2}(?::\\d{2}){1,2}\\s*${AM_PM}?|\\b\\d{1,2}\\s*${AM_PM}`, 'g')],
  // "10.30 GMT", "5.47pm": British times written with a dot, told from decimals by the clock word after them.
  [
    'time',
    new RegExp(`\\b(?:[01]?\\d|2[0-3])\\.[0-5]\\d\\s*(?:${AM_PM}|(?:GMT|BST|UTC|CET|CEST|[ECMP][SD]?T)\\b)`, 'g'),
  ],
  [
    'phone-number',
    /(?:\+\d{1,3}[\s.-]?|\b1[\s.-])?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3,4}[\s.\-/]\d{4}\b|\+\d[\d\s./()-]{7,}\d/g,
  ],
  // Short service numbers are dialled, not counted: "call 211", "dial 999", "text 741741".
  ['phone-number', /\b(?:[Cc]all|[Dd]ial|[Tt]ext|[Pp]hone|[Rr]ing)\s+\d{3,6}\b(?![.,]\d|\s*(?:%|people|times))/g],
  // National numbers open with a trunk zero ("0300 123 2040", "020 7946 0958"); a count never does.
  ['phone-number', /(?<![\d.,])\b0\d{2,4}(?:[ -]\d{2,4}){1,3}\b/g],
  [
    'version-or-ip',
    /\b\d+(?:\.\d+){2,}\b|\b[vV]\d+(?:\.\d+)*\b|\b(?:version|release|iOS|Android|Windows|macOS|Python|Java|License|Licence)\s+\d+(?:\.\d+)*\b/g,
  ],
  [
    'fiscal-or-quarter-period',
    /\b(?:FY|CY|Q[1-4]|H[12])\s?'?\d{2,4}\b|\b(?:Q[1-4]|H[12])\b|\b(?:fiscal|financial)\s+(?:year\s+)?\d{4}\b/g,
  ],
  [
    'reference-number',
    /\b(?:[Ss]ection|[Pp]ages?|[Cc]hapter|[Ff]ig(?:ure)?\.?|[Tt]able|[Aa]rticle|[Aa]ppendix|[Ee]xhibit|[Pp]aragraph|[Rr]ule|[Pp]art|[Vv]ol(?:ume)?\.?|[Nn]o\.|[Nn]um\.|[Ss]tep|[Pp]hase|[Ll]evel|[Tt]ier|[Ss]eason|[Ee]pisode|[Rr]oute|[Ff]light|[Rr]oom|[Ss]uite|[Cc]lause|[Aa]mendment|[Rr]esolution|[Bb]ill|[Dd]ocket|[Cc]ase|[Ii]tem|[Ll]ine|[Bb]oeing|[Aa]irbus|iPhone|Pixel|Galaxy|Network|Operation|Cluster|Campaign|Wave|Annex(?:es)?|Articles?|Sections?|Regulation|[Cc]ode|PIN|[Pp]asscode|[Ee]xtension|[Ee]xt\.)\s+#?\d+[A-Za-z]?(?:\.\d+)*(?:\s*(?:,|and|or|&)\s*\d+[A-Za-z]?)*\b/g,
  ],
  ['reference-number', /\b\d+(?:\([a-z0-9]{1,3}\))+/g],
  // "in ranges of 250", "bands of 500, starting at 0–499": the granularity a report may use, and the bands it names.
  [
    'reporting-band',
    /\b(?:ranges?|bands?|increments?|brackets?)\s+of\s+\d[\d,]*(?:,?\s*starting (?:at|from)\s+\d[\d,]*\s*[-\u2013]\s*\d[\d,]*)?/g,
  ],
  // "plus or minus 2.2 percentage points", "±3%": a survey's margin of error, not a finding.
  ['margin-of-error', /(?:\bplus or minus|±|\+\/-)\s*\d[\d.,]*\s*(?:%|percentage points?|points?|per ?cent)?/gi],
  // Legal citations and book numbers: "47 U.S.C. § 230", "§ 5(a)", "ISBN 978-1-5017-1441-2".
  ['reference-number', /\b\d+\s+U\.?\s?S\.?\s?C\.?(?:\s*§+\s*\d+[a-z]?)?|(?<!§)§+\s*\d+(?:[.(]\w+\)?)*/g],
  ['reference-number', /\bISBN(?:-1[03])?:?\s*(?:\d[\s-]?){9,12}[\dX]\b/g],
  ['postal-code', /\b(?:ZIP|[Zz]ip|[Pp]ostal|[Pp]ost)\s+(?:code\s+)?(?:is\s+)?\d{5}(?:-\d{4})?\b/g],
  ['reference-number', /\[\d+\]|\bNo\.\s?\d+/g],
  // Page furniture and citations: "Page 3 of 12", "p. 112", "pp. 45–61", "20 (3): 45–61" (volume, issue, pages).
  [
    'reference-number',
    /\b[Pp]age\s+\d+\s+of\s+\d+\b|\bpp?\.\s?\d+(?:\s?[-\u2013]\s?\d+)?\b|\b\d+\s?\(\d+\):\s?\d+(?:[-\u2013]\d+)?/g,
  ],
  ['footnote-or-enumerator', GLUED_FOOTNOTE_MARKER],
  [
    'street-address',
    /\b\d{1,5}(?:\s+(?:[A-Z][a-z'\u2019]+|[A-Z]\.)){1,4}\s+(?:Street|St|Avenue|Ave|Road|Rd|Way|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Plaza|Square|Parkway|Pkwy|Highway|Hwy)\b\.?/g,
  ],
  ['postal-code', /\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b/g],
  ['alphanumeric-name', /\b24\/7\b|\b9\/11\b/g],
  ['footnote-or-enumerator', /^\s*\(?\d{1,2}[.)](?=\s)/g],
];

/** Spans of the text that hold dates, times, URLs, phone numbers and other number-bearing non-figures. */
export function maskedSpans(text: string, meter: WorkMeter = NO_METER): ReasonSpan[] {
  const spans: ReasonSpan[] = [];
  for (const [reason, pattern] of PATTERNS) {
    pattern.lastIndex = 0;
    meter.count('masked-spans', text.length);
    for (const match of text.matchAll(pattern)) {
      meter.count('masked-spans');
      spans.push({ start: match.index, end: match.index + match[0].length, reason });
    }
  }
  return spans;
}

/** Sorted, non-overlapping spans; where spans overlap, the earlier one's reason covers the union. */
export function mergeSpans(spans: readonly ReasonSpan[]): ReasonSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: ReasonSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** The reason of the span overlapping [start, end), or null. Spans come from `mergeSpans` (binary search). */
export function overlappingReason(spans: readonly ReasonSpan[], start: number, end: number): NonFigureReason | null {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle].start < end) low = middle + 1;
    else high = middle;
  }
  const candidate = spans[low - 1];
  return candidate && candidate.end > start ? candidate.reason : null;
}
