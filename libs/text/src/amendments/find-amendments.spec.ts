import { describeWithSeed } from '@palimpsest/shared-folder';
import type { AmendmentNote, NormalizedDocument } from '../model';
import { buildDocument } from '../normalize/build-document';
import { documentText } from '../normalize/document-text';
import { normalizeText } from '../normalize/text/normalize-text';
import { OUR_POST, SEED_REPORT } from '../test-support/newsroom-post.spec-helper';
import { findAmendments } from './find-amendments';

/** A newsroom capture with one bracketed update note closing its Events bullet, and that note as it should be read. */
interface CaptureWithNote {
  read: () => string;
  note: Pick<AmendmentNote, 'kind' | 'effectiveAt' | 'precision' | 'timezone' | 'reason'>;
  bracketed: string;
}

function itFindsTheNote(capture: CaptureWithNote): void {
  let doc: NormalizedDocument;
  let notes: AmendmentNote[];
  beforeAll(() => {
    doc = normalizeText(capture.read());
    notes = findAmendments(doc);
  });

  it('when searched, then exactly one note is found, at the end of the Events bullet', () => {
    expect(notes).toHaveLength(1);
    const events = doc.sections.flatMap((section) => section.blocks).find((block) => block.label === 'Events');
    expect(notes[0].blockId).toBe(events?.id);
  });

  it('when searched, then the note has its instant, precision, time zone and reason', () => {
    expect(notes[0]).toMatchObject(capture.note);
  });

  it('when searched, then the offsets cover the bracketed note in the canonical text', () => {
    expect(documentText(doc).slice(notes[0].start, notes[0].end)).toBe(capture.bracketed);
  });
}

describe(findAmendments.name, () => {
  describe('given a newsroom post of ours, updated at 4:15 PM Eastern four days after the clocks went forward', () => {
    itFindsTheNote({
      read: OUR_POST.read,
      note: {
        kind: 'update',
        effectiveAt: '2024-03-14T20:15:00Z',
        precision: 'minute',
        timezone: 'America/New_York',
        reason: 'to add the attendance figures for the five events',
      },
      bracketed: '[Updated on March 14, 2024 at 4:15PM ET to add the attendance figures for the five events.]',
    });
  });

  describeWithSeed('given the seed report, updated at 1:30 PM Pacific', () => {
    itFindsTheNote({
      read: SEED_REPORT.read,
      note: {
        kind: 'update',
        effectiveAt: '2018-10-26T20:30:00Z',
        precision: 'minute',
        timezone: 'America/Los_Angeles',
        reason: 'to provide additional information on the seven events',
      },
      bracketed: '[Updated on October 26, 2018 at 1:30PM PT to provide additional information on the seven events.]',
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
