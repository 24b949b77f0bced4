import { parseAmendmentNote } from './parse-amendment-note';

describe(parseAmendmentNote.name, () => {
  it('given the seed note in bold brackets, when parsed, then it is a minute-precise update in Pacific time', () => {
    expect(
      parseAmendmentNote(
        '**[Updated on October 26, 2018 at 1:30PM PT to provide additional information on the seven events.]**',
      ),
    ).toEqual({
      kind: 'update',
      raw: 'Updated on October 26, 2018 at 1:30PM PT to provide additional information on the seven events.',
      effectiveAt: '2018-10-26T20:30:00Z',
      precision: 'minute',
      timezone: 'America/Los_Angeles',
      reason: 'to provide additional information on the seven events',
    });
  });

  it.each([
    [
      'Update, March 10, 2021: This story has been updated with new figures.',
      'update',
      '2021-03-10',
      'day',
      null,
      'This story has been updated with new figures',
    ],
    [
      '[Updated November 21, 2024 at 2:00PM PT: We removed another network.]',
      'update',
      '2024-11-21T22:00:00Z',
      'minute',
      'America/Los_Angeles',
      'We removed another network',
    ],
    [
      'Correction (April 20, 2022, 10:15 AM ET): An earlier version misstated the number of Pages.',
      'correction',
      '2022-04-20T14:15:00Z',
      'minute',
      'America/New_York',
      'An earlier version misstated the number of Pages',
    ],
    [
      'Correction, Jan. 5, 2023, 4:12 p.m. ET: The spend was in Canadian dollars.',
      'correction',
      '2023-01-05T21:12:00Z',
      'minute',
      'America/New_York',
      'The spend was in Canadian dollars',
    ],
    [
      '(Update 9/9/2023 11:00 UTC: Added the Ghana network.)',
      'update',
      '2023-09-09T11:00:00Z',
      'minute',
      'UTC',
      'Added the Ghana network',
    ],
    [
      "Editor's note: This post was first published in 2018.",
      'editors_note',
      null,
      null,
      null,
      'This post was first published in 2018',
    ],
    [
      'Updated on April 14, 2022: Added details on the ads.',
      'update',
      '2022-04-14',
      'day',
      null,
      'Added details on the ads',
    ],
    [
      'UPDATE (Feb 3, 2020): More accounts were removed.',
      'update',
      '2020-02-03',
      'day',
      null,
      'More accounts were removed',
    ],
    [
      'Updated at 3 p.m. ET on March 3, 2022 with new figures.',
      'update',
      '2022-03-03T20:00:00Z',
      'minute',
      'America/New_York',
      'with new figures',
    ],
    [
      'This article was updated on June 5, 2020 to correct a figure.',
      'update',
      '2020-06-05',
      'day',
      null,
      'to correct a figure',
    ],
    [
      'Clarification: The Pages were run from two countries.',
      'correction',
      null,
      null,
      null,
      'The Pages were run from two countries',
    ],
    [
      'Updated on 15 January 2023 at 14:30 GMT: Added a chart.',
      'update',
      '2023-01-15T14:30:00Z',
      'minute',
      'UTC',
      'Added a chart',
    ],
    [
      'Update (July 1, 2023, 09:00 BST): New totals.',
      'update',
      '2023-07-01T08:00:00Z',
      'minute',
      'Europe/London',
      'New totals',
    ],
    [
      'Update, Jan 10, 2023 at noon CET — New totals.',
      'update',
      '2023-01-10T11:00:00Z',
      'minute',
      'Europe/Paris',
      'New totals',
    ],
    ['Update: March 10, 2021 — Figures revised.', 'update', '2021-03-10', 'day', null, 'Figures revised'],
    ['Update 2: More accounts removed.', 'update', null, null, null, 'More accounts removed'],
    ['Updated on March 3, 2022 at 1:30 PM: Added a chart.', 'update', '2022-03-03', 'day', null, 'Added a chart'],
    ['This story has been updated.', 'update', null, null, null, null],
  ])(
    'given %p, when parsed, then kind, instant, precision, zone and reason are read',
    (text, kind, effectiveAt, precision, timezone, reason) => {
      expect(parseAmendmentNote(text)).toMatchObject({ kind, effectiveAt, precision, timezone, reason });
    },
  );

  it('given a note with no year and a publication day, when parsed, then the year is the publication year', () => {
    const note = parseAmendmentNote('Updated Oct. 27 at 9 a.m. PT: More detail.', { publishedAt: '2018-10-26' });
    expect(note).toMatchObject({ effectiveAt: '2018-10-27T16:00:00Z', precision: 'minute' });
  });

  it('given a January note on a December post, when parsed, then the year is the next one', () => {
    expect(parseAmendmentNote('Update, Jan. 4: More.', { publishedAt: '2022-12-20' })?.effectiveAt).toBe('2023-01-04');
  });

  it('given a note with no year and no publication day, when parsed, then its instant is unknown', () => {
    expect(parseAmendmentNote('Updated Oct. 27 at 9 a.m. PT: More detail.')).toMatchObject({
      effectiveAt: null,
      precision: null,
      timezone: null,
    });
  });

  it("given an editor's note that says when the post was updated, when parsed, then that day is the instant", () => {
    expect(
      parseAmendmentNote("Editor's note: This post was updated on September 20, 2024 to include more channels."),
    ).toMatchObject({
      kind: 'editors_note',
      effectiveAt: '2024-09-20',
      precision: 'day',
      reason: 'This post was updated on September 20, 2024 to include more channels',
    });
  });

  it('given a reason ending in a parenthesis of its own, when parsed, then the parenthesis is kept', () => {
    expect(parseAmendmentNote('Correction: The figure is in Canadian dollars (CAD).')?.reason).toBe(
      'The figure is in Canadian dollars (CAD)',
    );
  });

  it.each([
    'We will update this post with more details when we have them, or if the facts change.',
    'Updated guidance was released today.',
    'Correction officers said the prison was calm.',
    'Update on our work in Iran',
    'Updates',
    'Editors say the story is accurate.',
  ])('given the ordinary sentence %p, when parsed, then it is not a note', (text) => {
    expect(parseAmendmentNote(text)).toBeNull();
  });
});
