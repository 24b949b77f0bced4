import { buildDocument } from '../normalize/build-document';
import { documentText } from '../normalize/document-text';
import { effectiveInstant } from './effective-instant';
import { findAmendments } from './find-amendments';
import { parseAmendmentNote } from './parse-amendment-note';

const documentWith = (texts: string[], publishedAt: string | null) =>
  buildDocument({
    title: 'Scam ads cost older Americans $1.2bn',
    publishedAt,
    blocks: texts.map((text) => ({ kind: 'paragraph' as const, text })),
  });

describe(`${parseAmendmentNote.name} on corrections without a label`, () => {
  it.each([
    'An earlier version of this article misstated the number of accounts removed. It was 1,300, not 13,000.',
    'The original version of this story gave the wrong date for the hearing.',
  ])('given "%s", when parsed, then it is an undated correction', (text) => {
    expect(parseAmendmentNote(text)).toMatchObject({ kind: 'correction', raw: text, effectiveAt: null });
  });

  it('given a sentence about earlier versions of a bill, when parsed, then it is no note', () => {
    expect(parseAmendmentNote('An earlier version of the bill would have banned the app.')).toBeNull();
  });
});

describe(findAmendments.name, () => {
  it('given a dateline whose update stamp follows the date, when searched, then the stamp is a note on that day', () => {
    const doc = documentWith(
      ['By Ana Ferreira Sept. 3, 2024 Updated at 5:47 p.m. ET', 'WASHINGTON — Body.'],
      '2024-09-03',
    );

    const [note] = findAmendments(doc);

    expect(note).toMatchObject({ kind: 'update', effectiveAt: '2024-09-03T21:47:00Z', precision: 'minute' });
    expect(documentText(doc).slice(note.start, note.end)).toBe('Updated at 5:47 p.m. ET');
  });

  it('given prose that mentions an updated policy after a year, when searched, then no note is found', () => {
    expect(findAmendments(documentWith(['In 2024 updated rules took effect.'], '2024-09-03'))).toEqual([]);
  });
});

describe(effectiveInstant.name, () => {
  const fiveFortySeven = { date: null, time: { hour: 17, minute: 47 }, zoneName: 'ET', end: 0 };

  it('given a time and zone without a date, when read on a dated page, then it falls on the publication day', () => {
    expect(effectiveInstant(fiveFortySeven, '2024-09-03')).toEqual({
      effectiveAt: '2024-09-03T21:47:00Z',
      precision: 'minute',
      timezone: 'America/New_York',
    });
  });

  it('given a time without a date on an undated page, when read, then the instant is unknown', () => {
    expect(effectiveInstant(fiveFortySeven, null)).toMatchObject({ effectiveAt: null, precision: null });
  });
});

describe(`${findAmendments.name} on a correction label printed above its text`, () => {
  it('given "Correction: <date>" alone on a line, when searched, then the paragraph below is its text', () => {
    const correction = 'An earlier version of this article misstated the number of accounts. It was 1,200, not 12,000.';
    const doc = documentWith(['Body of the article.', 'Correction: Sept. 6, 2024', correction], '2024-09-05');

    const notes = findAmendments(doc);

    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      kind: 'correction',
      effectiveAt: '2024-09-06',
      raw: `Correction: Sept. 6, 2024 ${correction}`,
    });
    expect(documentText(doc).slice(notes[0].start, notes[0].end)).toBe(`Correction: Sept. 6, 2024\n\n${correction}`);
  });

  it('given an update stamp alone above the article, when searched, then the next paragraph stays news', () => {
    const doc = documentWith(['Updated 17:45 BST, 4 September 2024', 'Train drivers walked out.'], '2024-09-04');

    expect(findAmendments(doc).map((note) => note.raw)).toEqual(['Updated 17:45 BST, 4 September 2024']);
  });
});

describe(`${parseAmendmentNote.name} on a label with its date after the colon`, () => {
  it.each([
    ['Correction: Sept. 6, 2024', null],
    [
      'Correction: Sept. 6, 2024 An earlier version of this article misstated the total.',
      'An earlier version of this article misstated the total',
    ],
  ])('given "%s", when parsed, then the date is the note\'s day', (text, reason) => {
    expect(parseAmendmentNote(text)).toMatchObject({
      kind: 'correction',
      effectiveAt: '2024-09-06',
      precision: 'day',
      reason,
    });
  });
});

describe(`${parseAmendmentNote.name} on a dated sentence followed by the correction`, () => {
  it('given "This article was amended on <date>. An earlier version ...", when parsed, then the reason is the second sentence', () => {
    const note = parseAmendmentNote(
      'This article was amended on 28 March 2024. An earlier version said that Ofwat had opened 14 cases.',
    );

    expect(note).toMatchObject({
      effectiveAt: '2024-03-28',
      reason: 'An earlier version said that Ofwat had opened 14 cases',
    });
  });
});
