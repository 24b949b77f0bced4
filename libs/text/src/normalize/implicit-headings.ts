import { parseDateLine } from './date-line';
import { isOrnament, isProse, wordCount } from './line-shape';
import type { RawBlock } from './raw-block';

const MAX_HEADING_WORDS = 12;
const MAX_HEADING_LENGTH = 100;
// A byline or date line may sit between a heading and its first paragraph.
const MAX_SKIPPED_META = 2;
const MAX_META_WORDS = 8;
const BYLINE = /^(?:by|posted by|written by|photo|image|source|credit)\b/i;
// The caption of a page's metadata list ("Published" above "3 September 2024"), not a section.
const METADATA_CAPTION = /^(?:published|first published|updated|last updated|posted|date|from|author)$/i;
// "Priya Raman, Environment correspondent": a byline that names the writer's beat instead of opening with "By".
const ROLE_BYLINE =
  /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3},\s+(?:[\p{L}&-]+\s+){0,4}(?:correspondent|reporter|editor|writer|columnist|journalist|contributor)s?$/iu;

/**
 * Plain text marks headings only by shape: a short line without closing
 * punctuation ("What We've Found So Far") followed by prose or a list.
 */
export function promoteImplicitHeadings(blocks: readonly RawBlock[]): RawBlock[] {
  return blocks.map((block, index) => {
    const next = blocks.slice(index + 1, index + 2 + MAX_SKIPPED_META).find((after) => !isMetaLine(after.text));
    if (block.kind !== 'paragraph' || block.label || !next || !opensContent(next)) return block;
    if (index > 0 && isFieldCaption(blocks[index - 1].text)) return block;
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

/** "From:" above "Home Office": the line after a field caption is the field's value. */
function isFieldCaption(text: string): boolean {
  return /:$/.test(text.trim()) && wordCount(text) <= 3;
}

/** "Safety Aug 28, 2024": a short line that ends in a date is page metadata. */
function endsWithDate(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length > MAX_META_WORDS) return false;
  return words.some((_, start) => start > 0 && parseDateLine(words.slice(start).join(' ')) !== null);
}

function isMetaLine(text: string): boolean {
  const trimmed = text.trim();
  return (
    BYLINE.test(trimmed) ||
    ROLE_BYLINE.test(trimmed) ||
    METADATA_CAPTION.test(trimmed) ||
    parseDateLine(trimmed) !== null ||
    endsWithDate(trimmed)
  );
}
