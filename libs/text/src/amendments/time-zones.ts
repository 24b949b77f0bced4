/**
 * Zone names publishers write after a time, mapped to the IANA zone whose
 * rules (daylight saving included) give the offset on that day. "PST" in
 * July is read as Pacific time on that day, as readers take it.
 *
 * GMT and UTC both mean offset zero and map to "UTC": a note saying "GMT"
 * states an offset, not London civil time (that is BST in summer, which maps
 * to "Europe/London").
 */
const ZONE_BY_NAME: Record<string, string> = {
  PT: 'America/Los_Angeles',
  PST: 'America/Los_Angeles',
  PDT: 'America/Los_Angeles',
  PACIFIC: 'America/Los_Angeles',
  MT: 'America/Denver',
  MST: 'America/Denver',
  MDT: 'America/Denver',
  MOUNTAIN: 'America/Denver',
  CT: 'America/Chicago',
  CST: 'America/Chicago',
  CDT: 'America/Chicago',
  CENTRAL: 'America/Chicago',
  ET: 'America/New_York',
  EST: 'America/New_York',
  EDT: 'America/New_York',
  EASTERN: 'America/New_York',
  UTC: 'UTC',
  GMT: 'UTC',
  Z: 'UTC',
  BST: 'Europe/London',
  CET: 'Europe/Paris',
  CEST: 'Europe/Paris',
  JST: 'Asia/Tokyo',
  KST: 'Asia/Seoul',
  AEST: 'Australia/Sydney',
  AEDT: 'Australia/Sydney',
};

/** Matches a zone name right after a time: "PT", "(EDT)", "Pacific Time", "Eastern Daylight Time". */
export const ZONE_PATTERN =
  /^\(?(PT|PST|PDT|MT|MST|MDT|CT|CST|CDT|ET|EST|EDT|UTC|GMT|Z|BST|CET|CEST|JST|KST|AEST|AEDT|[Pp]acific|[Mm]ountain|[Cc]entral|[Ee]astern)(?:\s+(?:[Ss]tandard\s+|[Dd]aylight\s+)?[Tt]ime)?\)?(?![\p{L}\p{N}])/u;

/** The IANA zone for a zone name as matched by `ZONE_PATTERN`, or null. */
export function ianaZone(name: string): string | null {
  return ZONE_BY_NAME[name.toUpperCase()] ?? null;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    const fields = { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' } as const;
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', ...fields });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Minutes the zone's clock is ahead of UTC at that instant, from the runtime's time zone database. */
export function zoneOffsetMinutes(zone: string, utcMillis: number): number {
  const parts = formatterFor(zone).formatToParts(new Date(utcMillis));
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  const wallClock = Date.UTC(field('year'), field('month') - 1, field('day'), field('hour') % 24, field('minute'));
  return Math.round((wallClock - Math.floor(utcMillis / 60_000) * 60_000) / 60_000);
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/**
 * The UTC instant of a wall-clock time in a zone. The offset is looked up
 * twice: first at the wall time read as UTC, then at the resulting guess, which
 * settles on the offset in force on either side of a daylight-saving change.
 */
export function wallClockToUtc(zone: string, time: WallClock): number {
  const asUtc = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute);
  const guess = asUtc - zoneOffsetMinutes(zone, asUtc) * 60_000;
  return asUtc - zoneOffsetMinutes(zone, guess) * 60_000;
}
