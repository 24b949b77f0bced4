import { parseDateLine } from './date-line';
import { isOrnament, isProse, wordCount } from './line-shape';
import { RawBlock } from './raw-block';

const MAX_HEADING_WORDS = 12;
const MAX_HEADING_LENGTH = 100;
// A byline or date line may sit between a heading and its first paragraph.
const MAX_SKIPPED_META = 2;
const BYLINE = /^(?:by|posted by|written by|photo|image|source|credit)\b/i;

/**
 * Plain text marks headings only by shape: a short line without closing
 * punctuation ("What We've Found So Far") followed by prose or a list.
 */
export function promoteImplicitHeadings(blocks: readonly RawBlock[]): RawBlock[] {
  return blocks.map((block, index) => {
    const next = blocks.slice(index + 1, index + 2 + MAX_SKIPPED_META).find((after) => !isMetaLine(after.text));
    if (block.kind !== 'paragraph' || block.label || !next || !opensContent(next)) return block;
    return isHeadingShaped(block.text) ? { ...block, kind: 'heading' } : block;
  });
}

function opensContent(block: RawBlock): boolean {
  if (block.kind === 'paragraph') return isProse(block.text);
  return block.kind !== 'heading';
}

function isHeadingShaped(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > MAX_HEADING_LENGTH || wordCount(trimmed) > MAX_HEADING_WORDS) return false;
  if (/[.,;:!]["'”’)]*$/.test(trimmed) || !/^[\p{Lu}\p{N}"'“‘]/u.test(trimmed) || isOrnament(trimmed)) return false;
  return !isMetaLine(trimmed);
}

function isMetaLine(text: string): boolean {
  return BYLINE.test(text.trim()) || parseDateLine(text) !== null;
}
