import { readNoteOpening } from './note-opening';

describe(readNoteOpening.name, () => {
  it.each([
    ['Updated on October 26', 'update', 'Updated'],
    ['UPDATE (Feb 3, 2020)', 'update', 'UPDATE'],
    ['Update 2: more', 'update', 'Update 2'],
    ['Correction, Jan. 5', 'correction', 'Correction'],
    ['Clarification: the', 'correction', 'Clarification'],
    ["Editor's note: this", 'editors_note', "Editor's note"],
    ['Editor’s Note: this', 'editors_note', 'Editor’s Note'],
    ['This article was updated on', 'update', 'This article was updated'],
    ['This story has been corrected to', 'correction', 'This story has been corrected'],
  ] as const)('given %p, then it opens a note of kind %p with %p', (text, kind, opening) => {
    const found = readNoteOpening(text);
    expect(found?.kind).toBe(kind);
    expect(text.slice(0, found?.length)).toBe(opening);
  });

  it.each(['We will update this post', 'Updatedness is a word', 'The update came later', 'Notes from the field'])(
    'given %p, then no note opens',
    (text) => {
      expect(readNoteOpening(text)).toBeNull();
    },
  );

  it('given a bare "Correction", then the opening needs a date or colon to count', () => {
    expect(readNoteOpening('Correction officers said')?.selfEvident).toBe(false);
  });
});
