import type { AmendmentNote } from '../model';
import { isoDate } from '../normalize/calendar-date';
import type { StatedMoment } from './stated-moment';
import { ianaZone, wallClockToUtc } from './time-zones';

export type EffectiveInstant = Pick<AmendmentNote, 'effectiveAt' | 'precision' | 'timezone'>;

const UNKNOWN: EffectiveInstant = { effectiveAt: null, precision: null, timezone: null };

/**
 * A stated date and time as a UTC instant ("2018-10-26T20:30:00Z", minute
 * precision) when the time and its zone are both stated, else the stated day
 * ("2018-10-26", day precision). A date without a year takes the publication
 * year, or the next one when it falls before the publication day (a January
 * update to a December post); with no publication date it stays unknown. A time alone falls on the
 * publication day.
 */
export function effectiveInstant(moment: StatedMoment, publishedAt?: string | null): EffectiveInstant {
  if (!moment.date) return moment.time ? onPublicationDay(moment, publishedAt) : UNKNOWN;
  const year = moment.date.year ?? yearAfter(publishedAt, moment.date.month, moment.date.day);
  const day = year === null ? null : isoDate(year, moment.date.month, moment.date.day);
  if (year === null || day === null) return UNKNOWN;
  const zone = moment.zoneName ? ianaZone(moment.zoneName) : null;
  if (!moment.time || !zone) return { effectiveAt: day, precision: 'day', timezone: null };
  const instant = wallClockToUtc(zone, { year, month: moment.date.month, day: moment.date.day, ...moment.time });
  return { effectiveAt: new Date(instant).toISOString().replace('.000Z', 'Z'), precision: 'minute', timezone: zone };
}

function yearAfter(publishedAt: string | null | undefined, month: number, day: number): number | null {
  const published = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt ?? '');
  if (!published) return null;
  const year = Number(published[1]);
  const beforePublication = month * 100 + day < Number(published[2]) * 100 + Number(published[3]);
  return beforePublication ? year + 1 : year;
}

/** "Updated at 5:47 p.m. ET" beside a dateline: a time with no date is read on the publication day. */
function onPublicationDay(moment: StatedMoment, publishedAt: string | null | undefined): EffectiveInstant {
  const published = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt ?? '');
  if (!published) return UNKNOWN;
  const date = { year: Number(published[1]), month: Number(published[2]), day: Number(published[3]) };
  return effectiveInstant({ ...moment, date }, publishedAt);
}
