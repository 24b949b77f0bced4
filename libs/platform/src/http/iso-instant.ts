/**
 * Strict ISO 8601 for values that arrive at an HTTP edge: a real calendar date
 * (no 2018-02-30 rolled over into March), optional time with seconds, fraction
 * and offset, and nothing after it. Years 0001-9999 only, so every accepted
 * value fits Postgres timestamptz and JavaScript Date alike.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export type IsoForm = 'date-time' | 'date-or-date-time';

/** The instant `text` names (a bare date is midnight UTC, no offset means UTC), or null if it is not one. */
export function parseIsoInstant(text: string, form: IsoForm): Date | null {
  const match = DATE_TIME.exec(text);
  if (!match) return null;
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1, 7).map((part) => Number(part ?? 0));
  if (form === 'date-time' && match[4] === undefined) return null;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const offsetMinutes = offsetOf(match[8]);
  if (offsetMinutes === null) return null;
  const millis = Number((match[7] ?? '0').padEnd(3, '0').slice(0, 3));
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  instant.setUTCHours(hour, minute - offsetMinutes, second, millis);
  // An offset can carry 0001-01-01 back into year 0, which Postgres refuses.
  const utcYear = instant.getUTCFullYear();
  return utcYear >= 1 && utcYear <= 9999 ? instant : null;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Minutes east of UTC; null for an offset no clock uses (hours past 23, minutes past 59). */
function offsetOf(zone: string | undefined): number | null {
  if (zone === undefined || zone === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const [hours, minutes] = [Number(digits.slice(0, 2)), Number(digits.slice(2))];
  if (hours > 23 || minutes > 59) return null;
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}
