/**
 * The observation time a file name carries: an ISO instant with `-` for `:`
 * (`2018-10-26T16-00-00Z__slug.html`, as `:` is not allowed in Windows file
 * names), the same with colons, or a Wayback-style 14-digit UTC stamp
 * (`20181026160000`). Null when the name carries none.
 */
export function captureTimeFromName(name: string): string | null {
  const iso = /(\d{4}-\d{2}-\d{2})T(\d{2})[-:](\d{2})(?:[-:](\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}(?:[-:]?\d{2})?)?/.exec(
    name,
  );
  if (iso) {
    const [, date, hours, minutes, seconds = '00', zone = 'Z'] = iso;
    return instant(`${date}T${hours}:${minutes}:${seconds}${zone.replace(/^([+-]\d{2})-?(\d{2})$/, '$1:$2')}`);
  }
  const stamp = /(?:^|\D)(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\D|$)/.exec(name);
  if (stamp) {
    const [, y, mo, d, h, mi, s] = stamp;
    return instant(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
  }
  return null;
}

function instant(text: string): string | null {
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
