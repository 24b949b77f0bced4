import type { WorkMeter } from '../../work-meter';
import { NO_METER } from '../../work-meter';
import { labelFromLeadIn } from '../lead-in-label';
import { decodeCharacterReferences } from './character-references';
import { replaceLinks } from './markdown-links';

export interface InlineReading {
  text: string;
  /** The emphasised lead-in ("*Followers:*") as a label without its colon. */
  label?: string;
  /** Nothing but links, images and separators. */
  linkOnly: boolean;
}

const ESCAPABLE = '\\`*_{}[]()#+-.!|$>~<"\'';
// Escaped characters are parked in the private use area so emphasis removal cannot touch them.
const PARK_BASE = 0xe000;
const EMPHASIS_LEAD_IN = /^(\*\*|__|\*|_)(?=\S)(.{1,100}?)(?<=\S)\1(\s*:)?/;
// A URL cannot hold "<", so a run of "<http:" openings is read once, not once per opening.
const AUTOLINK = /<((?:https?|mailto):[^<>\s]+)>/g;
const STEP = 'markdown-inline';

/** Reads one block of Markdown-ish text: links become their text, emphasis and escapes go. */
export function readInline(markdown: string, meter: WorkMeter = NO_METER): InlineReading {
  // Each pass below is a linear scan or a pattern the regexp lint proves linear; count what they read.
  meter.count(STEP, markdown.length);
  const parked = parkEscapes(markdown.replace(/[\uE000-\uE0FF]/g, ''));
  const label = emphasisLabel(parked, meter);
  const withoutLinks = withLinkText(parked, 'text', meter);
  const plain = unpark(stripEmphasis(withoutLinks.replace(AUTOLINK, '$1'), meter).replace(/`([^`]*)`/g, '$1'));
  const text = decodeCharacterReferences(plain);
  return { text, label, linkOnly: isLinkOnly(parked, meter) };
}

/** Images dropped, then inline and reference links replaced by their text or by nothing, in that order. */
function withLinkText(markdown: string, keep: 'text' | 'nothing', meter: WorkMeter): string {
  const withoutImages = replaceLinks(markdown, 'image', 'nothing', meter);
  return replaceLinks(replaceLinks(withoutImages, 'inline-link', keep, meter), 'reference-link', keep, meter);
}

function parkEscapes(text: string): string {
  return text.replace(/\\(.)/g, (whole, char: string) =>
    ESCAPABLE.includes(char) ? String.fromCharCode(PARK_BASE + char.charCodeAt(0)) : whole,
  );
}

function unpark(text: string): string {
  return text.replace(/[\uE000-\uE0FF]/g, (char) => String.fromCharCode(char.charCodeAt(0) - PARK_BASE));
}

function emphasisLabel(markdown: string, meter: WorkMeter): string | undefined {
  const match = EMPHASIS_LEAD_IN.exec(markdown.trimStart());
  if (!match) return undefined;
  const leadIn = unpark(stripEmphasis(replaceLinks(match[2], 'inline-link', 'text', meter), meter)) + (match[3] ?? '');
  return labelFromLeadIn(leadIn);
}

function stripEmphasis(text: string, meter: WorkMeter): string {
  return stripDoubleDelimiters(text, meter)
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*\n]*?\S)\*(?![\p{L}\p{N}*])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/\*\*/g, '');
}

function isLinkOnly(markdown: string, meter: WorkMeter): boolean {
  if (!/\]\(|\]\[|<https?:/.test(markdown)) return false;
  const rest = withLinkText(markdown, 'nothing', meter).replace(AUTOLINK, '');
  return !/[\p{L}\p{N}]/u.test(rest);
}

const DOUBLE_DELIMITERS = ['**', '__', '~~'];

/**
 * "**bold**", "__bold__", "~~struck~~" become their content: each opening pair
 * (followed by a non-space) takes the nearest later pair of the same kind
 * that follows a non-space, as `(\*\*|__|~~)(?=\S)([\s\S]*?\S)\1` did. That
 * pattern searched to the end of the text from every unclosed opening
 * ("**a **a **a …"); here the closing pairs of each kind are listed once and
 * consumed in order, so the text is read a fixed number of times.
 */
function stripDoubleDelimiters(text: string, meter: WorkMeter): string {
  meter.count(STEP, text.length);
  const closers = DOUBLE_DELIMITERS.map((pair) => closingPairs(text, pair));
  const next = closers.map(() => 0);
  const parts: string[] = [];
  let copiedTo = 0;
  for (let index = 0; index + 1 < text.length; index++) {
    const kind = DOUBLE_DELIMITERS.indexOf(text.slice(index, index + 2));
    if (kind < 0 || index + 2 >= text.length || isSpace(text[index + 2])) continue;
    const positions = closers[kind];
    while (next[kind] < positions.length && positions[next[kind]] < index + 3) {
      meter.count(STEP);
      next[kind]++;
    }
    const close = positions[next[kind]];
    if (close === undefined) continue;
    parts.push(text.slice(copiedTo, index), text.slice(index + 2, close));
    copiedTo = close + 2;
    index = copiedTo - 1;
  }
  parts.push(text.slice(copiedTo));
  return parts.join('');
}

/** Where a pair can close: at each occurrence of it right after a non-space, in order. */
function closingPairs(text: string, pair: string): number[] {
  const positions: number[] = [];
  for (let at = text.indexOf(pair, 1); at >= 0; at = text.indexOf(pair, at + 1)) {
    if (!isSpace(text[at - 1])) positions.push(at);
  }
  return positions;
}

function isSpace(char: string): boolean {
  return /\s/.test(char);
}
