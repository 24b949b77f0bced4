import type { AmendmentNote, Block } from '../model';

/**
 * News sites print a correction's label and date on a line of their own ("Correction: Sept. 6, 2024") and the
 * correction in the paragraph below. A correction or editor's note that fills its block and states nothing but
 * its moment takes the next paragraph as its text; notes found at the start of that paragraph are folded in.
 * Updates are left alone: "Updated 17:45 BST" above an article is a stamp, and the paragraph after it is news.
 */
export function joinNoteContinuations(blocks: readonly Block[], notesPerBlock: AmendmentNote[][]): AmendmentNote[] {
  const joined: AmendmentNote[] = [];
  for (let index = 0; index < blocks.length; index += 1) {
    const next = blocks[index + 1];
    for (const note of notesPerBlock[index]) {
      if (!next || !isBareLabel(note, blocks[index]) || next.kind !== 'paragraph') {
        joined.push(note);
        continue;
      }
      joined.push(continued(note, next));
      notesPerBlock[index + 1] = notesPerBlock[index + 1].filter((later) => later.start !== next.start);
    }
  }
  return joined;
}

function isBareLabel(note: AmendmentNote, block: Block): boolean {
  const fillsBlock = note.start === block.start && note.end === block.start + block.text.length;
  return fillsBlock && note.kind !== 'update' && note.reason === null && note.effectiveAt !== null;
}

function continued(note: AmendmentNote, next: Block): AmendmentNote {
  return {
    ...note,
    raw: `${note.raw} ${next.text}`,
    reason: next.text.replace(/(?<![\s.])[\s.]+$/, '') || null,
    end: next.start + next.text.length,
  };
}
