import type { Block, NormalizedDocument, Section } from '../model';
import { cleanInlineText } from './clean-text';
import { BLOCK_SEPARATOR } from './document-text';
import type { PageReading } from './raw-block';

/**
 * Numbers blocks "b0", "b1", ... and gives each its offset in `documentText`.
 * A heading opens a new section and is that section's first block, so the
 * canonical text keeps it and a reworded heading shows up in diffs.
 */
export function buildDocument(reading: PageReading): NormalizedDocument {
  const title = cleanInlineText(reading.title ?? '') || null;
  const sections: Section[] = [];
  let offset = title ? title.length + BLOCK_SEPARATOR.length : 0;
  let index = 0;
  for (const raw of reading.blocks) {
    const text = cleanInlineText(raw.text);
    if (!text) continue;
    const block: Block = { id: `b${index++}`, kind: raw.kind, text, start: offset };
    const label = raw.label ? cleanInlineText(raw.label) : '';
    if (label) block.label = label;
    offset += text.length + BLOCK_SEPARATOR.length;
    if (block.kind === 'heading' || sections.length === 0) {
      sections.push({ heading: block.kind === 'heading' ? text : null, blocks: [] });
    }
    sections[sections.length - 1].blocks.push(block);
  }
  return { title, publishedAt: reading.publishedAt, sections };
}
