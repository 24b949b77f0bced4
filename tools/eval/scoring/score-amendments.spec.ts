import type { LabelledNote } from '../load/dataset-types';
import { sameNote, scoreAmendments } from './score-amendments';

const label: LabelledNote = {
  raw: 'Updated on October 26, 2018 at 1:30PM PT to provide additional information on the seven events.',
  effectiveAt: '2018-10-26T20:30Z',
  precision: 'minute',
  timezone: 'America/Los_Angeles',
};

describe(sameNote.name, () => {
  it('given the note with its brackets and emphasis, when compared, then it is the same note', () => {
    expect(sameNote(`**[${label.raw}]**`, label.raw)).toBe(true);
  });

  it('given another note, when compared, then it is not the same', () => {
    expect(sameNote('Correction, Jan. 5, 2023: a figure was wrong.', label.raw)).toBe(false);
  });
});

describe(scoreAmendments.name, () => {
  it('given the labelled note with the labelled instant, precision and zone, when scored, then it is right', () => {
    expect(scoreAmendments([label], [{ ...label }])).toMatchObject({
      labelled: 1,
      right: 1,
      falseNotes: 0,
    });
  });

  it('given the note with another zone, when scored, then it is wrong and says why', () => {
    const tally = scoreAmendments([label], [{ ...label, timezone: 'UTC' }]);
    expect(tally.right).toBe(0);
    expect(tally.wrong[0]).toContain('UTC');
  });

  it('given a predicted note nobody labelled, when scored, then it counts as a false note', () => {
    const tally = scoreAmendments([], [{ ...label }]);
    expect(tally).toMatchObject({
      right: 0,
      falseNotes: 1,
      falseNoteTexts: [label.raw],
    });
  });
});
