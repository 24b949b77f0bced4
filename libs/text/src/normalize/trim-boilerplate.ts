import { isArticleEndCaption, isInterfaceCaption } from './boilerplate-captions';
import { isOrnament, isPageFurniture, isProse, wordCount } from './line-shape';
import type { RawBlock } from './raw-block';

// Three short captions in a row with nothing after them is a link list, not an ending.
const TRAILING_MENU_RUN = 3;

/**
 * Drops widget captions, link-only blocks and PDF page numbers, cuts the page at the first
 * article-end caption once prose has started (before that, such a caption is
 * only dropped: share bars often sit under the title), then drops a trailing
 * menu of short captions and any trailing ornaments.
 */
export function trimBoilerplate(blocks: readonly RawBlock[]): RawBlock[] {
  const kept: RawBlock[] = [];
  let proseSeen = false;
  for (const block of blocks) {
    if (block.linkOnly || isInterfaceCaption(block.text) || isPageFurniture(block.text)) continue;
    if (block.kind !== 'list-item' && block.kind !== 'table-row' && isArticleEndCaption(block.text)) {
      if (proseSeen) break;
      continue;
    }
    proseSeen ||= block.kind !== 'heading' && isProse(block.text);
    kept.push(block);
  }
  return dropTrailingMenu(kept);
}

function dropTrailingMenu(blocks: RawBlock[]): RawBlock[] {
  let end = blocks.length;
  while (end > 0 && isOrnament(blocks[end - 1].text)) end--;
  let runStart = end;
  while (runStart > 0 && isMenuEntry(blocks[runStart - 1])) runStart--;
  if (end - runStart >= TRAILING_MENU_RUN) end = runStart;
  return blocks.slice(0, end);
}

function isMenuEntry(block: RawBlock): boolean {
  return block.kind === 'paragraph' && wordCount(block.text) <= 5 && !isProse(block.text);
}
