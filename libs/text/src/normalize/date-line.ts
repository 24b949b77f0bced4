import { isoDate, MONTH_NAME_PATTERN, monthNumber, WEEKDAY_PATTERN } from './calendar-date';

// A press-release dateline names its place first: "AUSTIN, Texas — October 8, 2024".
const PLACE = `(?:[a-z][a-z.' ]{1,30}(?:,\\s*[a-z.' ]{2,20})?\\s*(?:—|–|--?)\\s*)?`;
const PREFIX = `${PLACE}(?:(?:published|posted|date)(?: on)?:?\\s+)?(?:${WEEKDAY_PATTERN},?\\s+)?`;
// British usage writes times with a dot: "Wed 27 Mar 2024 10.30 GMT".
const TIME_SUFFIX = '(?:,?\\s*(?:at\\s+)?\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[a-z]{1,4})?)?';
// "Apr 17, 2024 | Clint Watts, General Manager", "September 22, 2020 by Jane": a dateline carrying the byline.
const BYLINE_SUFFIX = '(?:\\s+(?:[|·•—–]|by)\\s+.{1,100})?';
const MONTH_FIRST = new RegExp(
  `^${PREFIX}(${MONTH_NAME_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME_SUFFIX}${BYLINE_SUFFIX}$`,
  'i',
);
const DAY_FIRST = new RegExp(
  `^${PREFIX}(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAME_PATTERN}),?\\s+(\\d{4})${TIME_SUFFIX}${BYLINE_SUFFIX}$`,
  'i',
);
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The day a line states when the whole line is a date ("October 26, 2018", "Posted on 26 Oct 2018"), else null. */
export function parseDateLine(line: string): string | null {
  const text = line.trim();
  if (text.length > 160) return null;
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) return fromParts(monthFirst[3], monthFirst[1], monthFirst[2]);
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return fromParts(dayFirst[3], dayFirst[2], dayFirst[1]);
  const iso = ISO_DAY.exec(text);
  return iso ? isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) : null;
}

/** The calendar day of a machine-readable date attribute ("2018-10-26T12:00:00-07:00"), as written. */
export function parseDateAttribute(value: string | null | undefined): string | null {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  return match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

function fromParts(year: string, monthName: string, day: string): string | null {
  const month = monthNumber(monthName);
  return month === null ? null : isoDate(Number(year), month, Number(day));
}
