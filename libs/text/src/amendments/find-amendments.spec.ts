import { buildDocument } from '../normalize/build-document';
import { documentText } from '../normalize/document-text';
import { normalizeText } from '../normalize/text/normalize-text';
import { readSeedText } from '../test-support/seed.spec-helper';
import { findAmendments } from './find-amendments';

describe(findAmendments.name, () => {
  describe('given the seed report', () => {
    const doc = normalizeText(readSeedText());
    const notes = findAmendments(doc);

    it('when searched, then exactly one note is found, at the end of the Events bullet', () => {
      expect(notes).toHaveLength(1);
      const events = doc.sections.flatMap((section) => section.blocks).find((block) => block.label === 'Events');
      expect(notes[0].blockId).toBe(events?.id);
    });

    it('when searched, then the note is the 1:30 PM Pacific update with its reason', () => {
      expect(notes[0]).toMatchObject({
        kind: 'update',
        effectiveAt: '2018-10-26T20:30:00Z',
        precision: 'minute',
        timezone: 'America/Los_Angeles',
        reason: 'to provide additional information on the seven events',
      });
    });

    it('when searched, then the offsets cover the bracketed note in the canonical text', () => {
      expect(documentText(doc).slice(notes[0].start, notes[0].end)).toBe(
        '[Updated on October 26, 2018 at 1:30PM PT to provide additional information on the seven events.]',
      );
    });
  });

  describe('given notes as whole blocks and as closing sentences', () => {
    const doc = buildDocument({
      title: 'A Title',
      publishedAt: '2021-03-01',
      blocks: [
        { kind: 'paragraph', text: 'Update, March 10, 2021: This story has been updated with new figures.' },
        { kind: 'paragraph', text: 'We removed 5 networks. Correction: An earlier version said four.' },
        { kind: 'paragraph', text: 'We will update this post with more details when we have them.' },
        { kind: 'paragraph', text: 'Editor’s note (March 12): Added a chart (see below). Nothing else changed.' },
      ],
    });
    const notes = findAmendments(doc);
    const text = documentText(doc);

    it('when searched, then each note is found once, in reading order', () => {
      expect(notes.map((note) => [note.blockId, note.kind])).toEqual([
        ['b0', 'update'],
        ['b1', 'correction'],
        ['b3', 'editors_note'],
      ]);
    });

    it('when searched, then a whole-block note spans its block and a closing one starts at its sentence', () => {
      expect(text.slice(notes[0].start, notes[0].end)).toBe(doc.sections[0].blocks[0].text);
      expect(text.slice(notes[1].start, notes[1].end)).toBe('Correction: An earlier version said four.');
    });

    it('when searched, then a year left out is taken from the publication day', () => {
      expect(notes[2].effectiveAt).toBe('2021-03-12');
    });
  });

  describe('given two bracketed notes in one block', () => {
    const doc = buildDocument({
      title: null,
      publishedAt: null,
      blocks: [
        {
          kind: 'paragraph',
          text: 'Seven events. [Updated Oct. 26, 2018 at 1:30 PM PT: events.] Two ads. (Correction, Oct. 27, 2018: ads.)',
        },
      ],
    });

    it('when searched, then both are found with their own spans', () => {
      const text = documentText(doc);
      expect(findAmendments(doc).map((note) => text.slice(note.start, note.end))).toEqual([
        '[Updated Oct. 26, 2018 at 1:30 PM PT: events.]',
        '(Correction, Oct. 27, 2018: ads.)',
      ]);
    });
  });

  describe('given a very long block with many sentences and no note', () => {
    const doc = buildDocument({
      title: null,
      publishedAt: null,
      blocks: [{ kind: 'paragraph', text: 'This is a sentence about 82 Pages. '.repeat(50_000) }],
    });

    it('when searched, then nothing is found', () => {
      expect(findAmendments(doc)).toEqual([]);
    });
  });
});
