import type { NormalizedDocument } from '../model';

/** Title and blocks are separated by one blank line in the canonical text. */
export const BLOCK_SEPARATOR = '\n\n';

/** The canonical plain text: the title, then every block in reading order, separated by blank lines. */
export function documentText(doc: NormalizedDocument): string {
  const parts = doc.title ? [doc.title] : [];
  for (const section of doc.sections) for (const block of section.blocks) parts.push(block.text);
  return parts.join(BLOCK_SEPARATOR);
}
