import { MONTH_NAME_PATTERN, monthNumber, WEEKDAY_PATTERN } from '../normalize/calendar-date';
import { ZONE_PATTERN } from './time-zones';

/** A date and time as a note states them; the year may be left out ("Updated March 3"). */
export interface StatedMoment {
  date: { year: number | null; month: number; day: number } | null;
  time: { hour: number; minute: number } | null;
  zoneName: string | null;
  /** Where the statement ends in the scanned text. */
  end: number;
}

const FILLER = /^(?:[\s,()[\]]+|(?:on|at|as of|around|about|of)(?![\p{L}\p{N}]))+/iu;
const WEEKDAY = `(?:${WEEKDAY_PATTERN},?\\s+)?`;
const MONTH_DAY = new RegExp(
  `^${WEEKDAY}(${MONTH_NAME_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|:\\d)(?:,?\\s+(\\d{4})(?!\\d))?`,
  'iu',
);
const DAY_MONTH = new RegExp(
  `^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAME_PATTERN})(?:,?\\s+(\\d{4})(?!\\d))?`,
  'iu',
);
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const SLASHED_DAY = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?!\d)/;
const TWELVE_HOUR = /^(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\.?(?![\p{L}])/iu;
const TWENTY_FOUR_HOUR = /^([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?(?![\d:])/;
const NAMED_HOUR = /^(noon|midday|midnight)(?![\p{L}])/iu;

type Reader = (text: string, moment: StatedMoment) => number;

/** Reads the date, time and zone a note states at the start of `text` (in any order), up to the first other word. */
export function readStatedMoment(text: string): StatedMoment {
  const moment: StatedMoment = { date: null, time: null, zoneName: null, end: 0 };
  const readers: Reader[] = [readDate, readTime, readZone];
  let position = 0;
  for (;;) {
    const start = position + (FILLER.exec(text.slice(position))?.[0].length ?? 0);
    const consumed = readers.reduce((found, read) => found || read(text.slice(start), moment), 0);
    if (consumed === 0) return moment;
    position = moment.end = start + consumed;
  }
}

function readDate(text: string, moment: StatedMoment): number {
  if (moment.date) return 0;
  const monthDay = MONTH_DAY.exec(text);
  if (monthDay) return setNamedDate(moment, monthDay[1], monthDay[2], monthDay[3], monthDay[0].length);
  const dayMonth = DAY_MONTH.exec(text);
  if (dayMonth) return setNamedDate(moment, dayMonth[2], dayMonth[1], dayMonth[3], dayMonth[0].length);
  return readNumericDate(text, moment);
}

function setNamedDate(moment: StatedMoment, month: string, day: string, year: string | undefined, length: number) {
  moment.date = { year: year ? Number(year) : null, month: monthNumber(month) ?? 0, day: Number(day) };
  return length;
}

/** ISO days, and slashed days read month first (US usage) unless the first number cannot be a month. */
function readNumericDate(text: string, moment: StatedMoment): number {
  const iso = ISO_DAY.exec(text);
  if (iso) {
    moment.date = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
    return iso[0].length;
  }
  const slashed = SLASHED_DAY.exec(text);
  if (!slashed) return 0;
  const [first, second, year] = [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])];
  const fullYear = slashed[3].length === 2 ? 2000 + year : year;
  moment.date =
    first > 12 ? { year: fullYear, month: second, day: first } : { year: fullYear, month: first, day: second };
  return slashed[0].length;
}

function readTime(text: string, moment: StatedMoment): number {
  if (moment.time) return 0;
  const named = NAMED_HOUR.exec(text);
  if (named) {
    moment.time = { hour: named[1].toLowerCase() === 'midnight' ? 0 : 12, minute: 0 };
    return named[0].length;
  }
  const twelve = TWELVE_HOUR.exec(text);
  if (twelve && Number(twelve[1]) >= 1 && Number(twelve[1]) <= 12) {
    const hour = (Number(twelve[1]) % 12) + (twelve[3].toLowerCase() === 'p' ? 12 : 0);
    moment.time = { hour, minute: Number(twelve[2] ?? 0) };
    return twelve[0].length;
  }
  const twentyFour = TWENTY_FOUR_HOUR.exec(text);
  if (!twentyFour) return 0;
  moment.time = { hour: Number(twentyFour[1]), minute: Number(twentyFour[2]) };
  return twentyFour[0].length;
}

function readZone(text: string, moment: StatedMoment): number {
  if (moment.zoneName || !moment.time) return 0;
  const zone = ZONE_PATTERN.exec(text);
  if (!zone) return 0;
  moment.zoneName = zone[1];
  return zone[0].length;
}
