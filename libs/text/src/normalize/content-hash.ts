import { createHash } from 'node:crypto';
import type { NormalizedDocument } from '../model';

/**
 * sha256 of what a reader sees: title, publication date and each block's kind,
 * label and text. Ids and offsets are left out because they follow from the
 * rest, so captures that normalise alike hash alike.
 */
export function contentHash(doc: NormalizedDocument): string {
  const blocks = doc.sections.flatMap((section) =>
    section.blocks.map((block) => [block.kind, block.label ?? null, block.text]),
  );
  const canonical = JSON.stringify({ title: doc.title, publishedAt: doc.publishedAt, blocks });
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
