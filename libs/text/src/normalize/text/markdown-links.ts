import type { WorkMeter } from '../../work-meter';
import { NO_METER } from '../../work-meter';

/**
 * Images, inline links and reference links, read by a single left-to-right
 * scan instead of regular expressions. The patterns they replace
 * (`\[([^\]\n]*)\]\((?:[^()\n]|\([^)\n]*\))*\)` and its kin) retried every
 * "[" of a run such as "[[[[…" up to the same "]", which took time quadratic
 * in the run. The scan keeps their results: a link's text runs from the first
 * "[" after the last "]", line break or earlier link, and a destination that
 * fails once fails for every "[" before the same "]", so each "]" is tried
 * once, and what lies after it is read once (see `TailReader`).
 */
export type LinkShape = 'image' | 'inline-link' | 'reference-link';

const STEP = 'markdown-links';

/** Replaces every link of the shape with its text (`keep: 'text'`) or with nothing. */
export function replaceLinks(
  text: string,
  shape: LinkShape,
  keep: 'text' | 'nothing',
  meter: WorkMeter = NO_METER,
): string {
  const tails = new TailReader(text, meter);
  const opener = shape === 'image' ? 2 : 1;
  const minTextLength = shape === 'reference-link' ? 1 : 0;
  const parts: string[] = [];
  let copiedTo = 0;
  let open = -1;
  for (let index = 0; index < text.length; index++) {
    meter.count(STEP);
    const char = text[index];
    if (char === '\n') open = -1;
    else if (char === '[') {
      if (open < 0 && (shape !== 'image' || (index - 1 >= copiedTo && text[index - 1] === '!'))) {
        open = index + 1 - opener;
      }
    } else if (char === ']') {
      const start = open;
      open = -1;
      if (start < 0 || index - start - opener < minTextLength) continue;
      const end = tails.read(shape, index + 1);
      if (end < 0) continue;
      parts.push(text.slice(copiedTo, start));
      if (keep === 'text') parts.push(text.slice(start + opener, index));
      copiedTo = end;
      index = end - 1;
    }
  }
  parts.push(text.slice(copiedTo));
  return parts.join('');
}

/**
 * Reads what must follow a link's "]": "(destination)" or "[label]". Each
 * answer is remembered, so however many "]" ask, every character after them
 * is read a bounded number of times.
 */
class TailReader {
  private readonly destinationEnds = new Map<number, number>();
  private readonly parenStops: StopFinder;
  private readonly bracketStops: StopFinder;

  constructor(
    private readonly text: string,
    private readonly meter: WorkMeter,
  ) {
    this.parenStops = new StopFinder(text, ')', meter);
    this.bracketStops = new StopFinder(text, ']', meter);
  }

  /** The index after the tail that starts at `at`, or -1 when none does. */
  read(shape: LinkShape, at: number): number {
    if (shape === 'reference-link') return this.text[at] === '[' ? this.closed(this.bracketStops, at + 1) : -1;
    if (this.text[at] !== '(') return -1;
    return shape === 'image' ? this.closed(this.parenStops, at + 1) : this.destinationEnd(at + 1);
  }

  private closed(stops: StopFinder, from: number): number {
    const stop = stops.find(from);
    return stop < this.text.length && this.text[stop] !== '\n' ? stop + 1 : -1;
  }

  /** `(?:[^()\n]|\([^)\n]*\))*\)` from `from`: plain characters and (parenthesised) groups, then ")". */
  private destinationEnd(from: number): number {
    const passed: number[] = [];
    let at = from;
    let end: number | undefined;
    while (end === undefined) {
      this.meter.count(STEP);
      end = this.destinationEnds.get(at);
      if (end !== undefined) break;
      passed.push(at);
      const char = this.text[at];
      if (at >= this.text.length || char === '\n') end = -1;
      else if (char === ')') end = at + 1;
      else if (char !== '(') at += 1;
      else {
        const group = this.closed(this.parenStops, at + 1);
        if (group < 0) end = -1;
        else at = group;
      }
    }
    for (const position of passed) this.destinationEnds.set(position, end);
    return end;
  }
}

/**
 * The first `stop` character or line break at or after an index. The last
 * answer is kept: a later question from inside the stretch it scanned has the
 * same answer, so scans never overlap.
 */
class StopFinder {
  private from = -1;
  private stop = -1;

  constructor(
    private readonly text: string,
    private readonly stopChar: string,
    private readonly meter: WorkMeter,
  ) {}

  find(from: number): number {
    if (from >= this.from && from <= this.stop) return this.stop;
    let at = from;
    while (at < this.text.length && this.text[at] !== this.stopChar && this.text[at] !== '\n') at++;
    this.meter.count(STEP, at - from + 1);
    this.from = from;
    this.stop = at;
    return at;
  }
}
