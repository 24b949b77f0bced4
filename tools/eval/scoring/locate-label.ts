export interface Span {
  start: number;
  end: number;
}

/**
 * Where the `occurrence`-th appearance (from 0) of `needle` starts in `text`,
 * or null when there is no such appearance. Appearances are plain,
 * case-sensitive substrings, as the dataset counts them: "two" inside
 * "network" counts.
 */
export function locateLabel(text: string, needle: string, occurrence: number): Span | null {
  let seen = 0;
  for (let start = text.indexOf(needle); start >= 0; start = text.indexOf(needle, start + 1)) {
    if (seen === occurrence) return { start, end: start + needle.length };
    seen++;
  }
  return null;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
