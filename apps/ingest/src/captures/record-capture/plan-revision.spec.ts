import type { AmendmentNote, NormalizedDocument } from '@palimpsest/text';
import type { CaptureRequest } from './capture-request';
import type { ReportState } from './plan-revision';
import { noteHash, planRevision, revisionEffectiveAt } from './plan-revision';

const OBSERVED_AT = '2018-10-26T22:00:00.000Z';

const firstCapture: ReportState = {
  reportId: 'rpt_takedown',
  canonicalUrl: 'https://news.example/takedown',
  lastRevision: 0,
  lastHash: null,
  knownNoteHashes: new Set(),
};

const capture = (overrides: Partial<CaptureRequest> = {}): CaptureRequest => ({
  url: 'https://news.example/takedown?utm_source=feed',
  text: 'We removed 82 Pages.',
  observedAt: OBSERVED_AT,
  publishedAt: null,
  ...overrides,
});

const documentPublished = (publishedAt: string | null): NormalizedDocument => ({
  title: 'Takedown',
  publishedAt,
  sections: [{ heading: null, blocks: [{ id: 'b0', kind: 'paragraph', text: 'We removed 82 Pages.', start: 0 }] }],
});

/** An update note as the amendment finder reports one that states no time. */
const UNDATED = { kind: 'update', effectiveAt: null, precision: null, timezone: null, reason: null } as const;

const note = (raw: string, overrides: Partial<AmendmentNote> = {}): AmendmentNote => ({
  ...UNDATED,
  raw,
  blockId: 'b1',
  start: 0,
  end: raw.length,
  ...overrides,
});

const statedAtMinute = (raw: string, instant: string) =>
  note(raw, { effectiveAt: instant, precision: 'minute', timezone: 'America/Los_Angeles' });

describe(noteHash.name, () => {
  it('given the same words in other brackets, case and spacing, when hashed, then the hashes are equal', () => {
    expect(noteHash('[Updated on October 26, 2018 at 1:30PM PT]')).toBe(
      noteHash('  updated ON october 26 2018 at 1 30pm pt '),
    );
  });

  it('given notes that differ in one word or one digit, when hashed, then the hashes differ', () => {
    const sut = noteHash('Updated on October 26, 2018');

    expect(noteHash('Updated on October 27, 2018')).not.toBe(sut);
    expect(noteHash('Corrected on October 26, 2018')).not.toBe(sut);
  });

  it('given letters outside ASCII, when hashed, then they count as words and keep their accents', () => {
    expect(noteHash('Mis à jour')).toBe(noteHash('MIS À JOUR'));
    expect(noteHash('Mis à jour')).not.toBe(noteHash('Mis a jour'));
    expect(noteHash('Обновлено 26 октября')).not.toBe(noteHash('Исправлено 26 октября'));
  });

  it('given any note, when hashed, then the hash is 32 hexadecimal characters', () => {
    expect(noteHash('Updated')).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe(revisionEffectiveAt.name, () => {
  const noon = '2018-10-26T12:00:00.000Z';
  const evening = '2018-10-26T20:30:00.000Z';

  it('given the first revision and a publication date, when timed, then it takes effect at the start of that day in UTC, whatever its notes say', () => {
    expect(revisionEffectiveAt(1, '2018-10-25', [evening], OBSERVED_AT)).toBe('2018-10-25T00:00:00.000Z');
  });

  it('given the first revision and no publication date, when timed, then it falls back on its notes', () => {
    expect(revisionEffectiveAt(1, null, [noon], OBSERVED_AT)).toBe(noon);
  });

  it('given a later revision and a publication date, when timed, then the publication date does not count', () => {
    expect(revisionEffectiveAt(2, '2018-10-25', [], OBSERVED_AT)).toBe(OBSERVED_AT);
  });

  it('given a later revision with new notes, when timed, then it takes effect at the newest instant they state, in whatever order they come', () => {
    expect(revisionEffectiveAt(2, null, [evening, null, noon], OBSERVED_AT)).toBe(evening);
    expect(revisionEffectiveAt(2, null, [noon, evening], OBSERVED_AT)).toBe(evening);
  });

  it('given a note stating an instant before the capture, when timed, then the revision is backdated to it', () => {
    expect(revisionEffectiveAt(3, null, [noon], OBSERVED_AT)).toBe(noon);
  });

  it('given new notes that state no time, when timed, then the revision takes effect when it was observed', () => {
    expect(revisionEffectiveAt(2, null, [null, null], OBSERVED_AT)).toBe(OBSERVED_AT);
  });
});

describe(planRevision.name, () => {
  describe('given the first capture of a report', () => {
    it('when planned, then it is revision 1 with no previous hash, observed and published as captured', () => {
      const sut = planRevision(firstCapture, capture(), documentPublished('2018-10-25'), 'h1', []);

      expect(sut.revision).toBe(1);
      expect(sut.revisionEvent.type).toBe('RevisionRecorded');
      expect(sut.revisionEvent.reportId).toBe('rpt_takedown');
      expect(sut.revisionEvent.occurredAt).toBe(OBSERVED_AT);
      expect(sut.revisionEvent.effectiveAt).toBe('2018-10-25T00:00:00.000Z');
      expect(sut.revisionEvent.causationId).toBeNull();
      expect(sut.revisionEvent.payload).toMatchObject({
        url: 'https://news.example/takedown?utm_source=feed',
        canonicalUrl: 'https://news.example/takedown',
        revision: 1,
        contentHash: 'h1',
        previousHash: null,
        publishedAt: '2018-10-25',
        captureSource: 'api',
      });
    });

    it('when the capture states a publication date, then it wins over the one found on the page', () => {
      const sut = planRevision(
        firstCapture,
        capture({ publishedAt: '2018-10-24' }),
        documentPublished('2018-10-25'),
        'h1',
        [],
      );

      expect(sut.revisionEvent.payload.publishedAt).toBe('2018-10-24');
      expect(sut.revisionEvent.effectiveAt).toBe('2018-10-24T00:00:00.000Z');
    });

    it('when neither states a publication date, then it takes effect when observed', () => {
      const sut = planRevision(firstCapture, capture(), documentPublished(null), 'h1', []);

      expect(sut.revisionEvent.effectiveAt).toBe(OBSERVED_AT);
    });

    it('when it came from a source watcher, then the revision says so', () => {
      const sut = planRevision(firstCapture, capture({ source: 'watcher' }), documentPublished(null), 'h1', []);

      expect(sut.revisionEvent.payload.captureSource).toBe('watcher');
    });
  });

  describe('given a later capture with new content', () => {
    const revisedOnce: ReportState = {
      ...firstCapture,
      lastRevision: 1,
      lastHash: 'h1',
      knownNoteHashes: new Set([noteHash('Updated on October 26, 2018 at 1:30PM PT')]),
    };

    it('when planned, then it is the next revision and points at the last content', () => {
      const sut = planRevision(revisedOnce, capture(), documentPublished('2018-10-25'), 'h2', []);

      expect(sut.revision).toBe(2);
      expect(sut.revisionEvent.payload).toMatchObject({ revision: 2, contentHash: 'h2', previousHash: 'h1' });
      expect(sut.revisionEvent.effectiveAt).toBe(OBSERVED_AT);
    });

    it('when it carries a note already noted in other words, then no amendment is noted again and its time does not count', () => {
      const sut = planRevision(revisedOnce, capture(), documentPublished(null), 'h2', [
        statedAtMinute('[UPDATED on October 26, 2018, at 1:30pm PT]', '2018-10-26T20:30:00.000Z'),
      ]);

      expect(sut.amendmentEvents).toEqual([]);
      expect(sut.noteHashes).toEqual([]);
      expect(sut.revisionEvent.payload.amendmentIds).toEqual([]);
      expect(sut.revisionEvent.effectiveAt).toBe(OBSERVED_AT);
    });

    it('when it carries a new note stating a minute, then one amendment is noted and both events take effect at that minute', () => {
      const raw = 'Updated on October 26, 2018 at 3:00PM PT';
      const sut = planRevision(revisedOnce, capture(), documentPublished(null), 'h2', [
        statedAtMinute(raw, '2018-10-26T22:00:00Z'),
      ]);

      expect(sut.noteHashes).toEqual([noteHash(raw)]);
      expect(sut.amendmentEvents).toHaveLength(1);
      const [amendment] = sut.amendmentEvents;
      expect(amendment.type).toBe('AmendmentNoted');
      expect(amendment.occurredAt).toBe(OBSERVED_AT);
      expect(amendment.effectiveAt).toBe('2018-10-26T22:00:00.000Z');
      expect(amendment.payload).toMatchObject({
        revision: 2,
        raw,
        statedAt: '2018-10-26T22:00:00Z',
        precision: 'minute',
      });
      expect(sut.revisionEvent.effectiveAt).toBe('2018-10-26T22:00:00.000Z');
    });

    it('when a new note states a day only, then it takes effect at the start of that day in UTC', () => {
      const sut = planRevision(revisedOnce, capture(), documentPublished(null), 'h2', [
        note('Corrected on October 26, 2018', { kind: 'correction', effectiveAt: '2018-10-26', precision: 'day' }),
      ]);

      expect(sut.amendmentEvents[0].effectiveAt).toBe('2018-10-26T00:00:00.000Z');
      expect(sut.revisionEvent.effectiveAt).toBe('2018-10-26T00:00:00.000Z');
    });

    it('when a new note states no time, then the amendment takes effect when observed', () => {
      const sut = planRevision(revisedOnce, capture(), documentPublished(null), 'h2', [note('Editor’s note: updated')]);

      expect(sut.amendmentEvents[0].effectiveAt).toBe(OBSERVED_AT);
      expect(sut.amendmentEvents[0].payload.statedAt).toBeNull();
    });

    it('when the page repeats a new note, then it is noted once', () => {
      const sut = planRevision(revisedOnce, capture(), documentPublished(null), 'h2', [
        note('Updated to add the events'),
        note('[updated to add the events]', { blockId: 'b9' }),
      ]);

      expect(sut.amendmentEvents.map((event) => event.payload.blockId)).toEqual(['b1']);
      expect(sut.noteHashes).toHaveLength(1);
    });

    it('when it notes amendments, then the revision lists their ids, and they name the revision as their cause and share its correlation', () => {
      const sut = planRevision(revisedOnce, capture(), documentPublished(null), 'h2', [
        note('Updated to add the events'),
        note('Corrected the number of Pages', { kind: 'correction' }),
      ]);

      expect(sut.revisionEvent.payload.amendmentIds).toEqual(sut.amendmentEvents.map((event) => event.id));
      for (const amendment of sut.amendmentEvents) {
        expect(amendment.causationId).toBe(sut.revisionEvent.id);
        expect(amendment.correlationId).toBe(sut.revisionEvent.correlationId);
      }
    });
  });

  describe('given the same capture planned twice', () => {
    const plan = (contentHash: string) =>
      planRevision(firstCapture, capture(), documentPublished(null), contentHash, [note('Updated to add the events')]);

    it('when compared, then the events and their ids are the same, so a retried capture appends nothing new', () => {
      expect(plan('h1')).toEqual(plan('h1'));
    });

    it('when the content differs, then the revision id differs while an amendment keeps the id of its note in the report', () => {
      expect(plan('h2').revisionEvent.id).not.toBe(plan('h1').revisionEvent.id);
      expect(plan('h2').amendmentEvents[0].id).toBe(plan('h1').amendmentEvents[0].id);
    });
  });
});
