import { isInterfaceCaption } from './boilerplate-captions';
import { parseDateLine } from './date-line';
import { isProse, wordCount } from './line-shape';
import type { PageReading, RawBlock } from './raw-block';

/** A block with the heading level its source gave it, if any. */
export interface HeaderCandidate extends RawBlock {
  headingLevel?: number;
}

// Site chrome above a title rarely runs longer than this many blocks.
const HEADER_SCAN_LIMIT = 20;
// Site sections above a headline ("On the Issues") are shorter than headlines usually are.
const HEADLINE_WORDS = 4;
// A standalone date line sits within a few blocks of the title (a byline may come between).
const DATE_LINE_REACH = 3;

/**
 * Finds the title (the first level-1 heading, else the first title-like line)
 * and drops the site chrome above it; a standalone date line next to the
 * title becomes `publishedAt`. Without a title before the prose starts,
 * every block is kept.
 */
export function readPageHeader(blocks: readonly HeaderCandidate[]): PageReading {
  const titleIndex = findTitleIndex(blocks);
  if (titleIndex < 0) return { title: null, publishedAt: null, blocks: [...blocks] };
  const body = blocks.slice(titleIndex + 1);
  const dateIndex = body.slice(0, DATE_LINE_REACH).findIndex((block) => parseDateLine(block.text) !== null);
  const chromeDate = blocks
    .slice(0, titleIndex)
    .map((block) => parseDateLine(block.text))
    .find((date) => date);
  if (dateIndex < 0) return { title: blocks[titleIndex].text, publishedAt: chromeDate ?? null, blocks: body };
  const publishedAt = parseDateLine(body[dateIndex].text);
  return { title: blocks[titleIndex].text, publishedAt, blocks: body.filter((_, index) => index !== dateIndex) };
}

function findTitleIndex(blocks: readonly HeaderCandidate[]): number {
  const firstProse = blocks.findIndex((block) => !isChrome(block) && isProse(block.text) && !isTitleLike(block.text));
  const scanEnd = Math.min(firstProse < 0 ? blocks.length : firstProse, HEADER_SCAN_LIMIT);
  const candidates = blocks.slice(0, scanEnd);
  const topHeading = candidates.findIndex((block) => block.headingLevel === 1 && block.text.trim());
  if (topHeading >= 0) return topHeading;
  const titleLike = (minWords: number) => (block: HeaderCandidate) =>
    !isChrome(block) && block.kind !== 'list-item' && isTitleLike(block.text) && wordCount(block.text) >= minWords;
  const headline = candidates.findIndex(titleLike(HEADLINE_WORDS));
  return headline >= 0 ? headline : candidates.findIndex(titleLike(3));
}

function isChrome(block: HeaderCandidate): boolean {
  return Boolean(block.linkOnly) || isInterfaceCaption(block.text) || isConsentNotice(block.text);
}

function isConsentNotice(text: string): boolean {
  return /\b(?:cookies?|consent)\b/i.test(text) && wordCount(text) < 80;
}

/** Long enough to name an article, short enough to be a headline, and not a brand, date, byline or breadcrumb. */
export function isTitleLike(text: string): boolean {
  const trimmed = text.trim();
  const words = wordCount(trimmed);
  if (trimmed.length < 8 || trimmed.length > 200 || words < 3 || words > 30) return false;
  if (/[.,;:]$/.test(trimmed) || !/^[\p{L}\p{N}"'“‘(]/u.test(trimmed)) return false;
  if (/^(?:by|posted by|written by)\s/i.test(trimmed) || /\s[>›»/|]\s/.test(trimmed)) return false;
  return parseDateLine(trimmed) === null && !(trimmed === trimmed.toUpperCase() && words <= 3);
}
