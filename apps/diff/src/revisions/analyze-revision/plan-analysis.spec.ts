import type { RevisionRecorded } from '@palimpsest/contracts';
import { createEvent, REVISION_RECORDED } from '@palimpsest/contracts';
import type { NormalizedDocument } from '@palimpsest/text';
import { analyzeRevision } from '@palimpsest/platform';
import { planAnalysisEvents } from './plan-analysis';

const documentSaying = (text: string): NormalizedDocument => ({
  title: 'Takedown',
  publishedAt: null,
  sections: [{ heading: null, blocks: [{ id: 'b0', kind: 'paragraph', text, start: 0 }] }],
});

const recorded = (document: NormalizedDocument, revision = 1): RevisionRecorded =>
  createEvent(
    REVISION_RECORDED,
    {
      reportId: 'rpt_a',
      occurredAt: '2018-10-26T22:00:00.000Z',
      effectiveAt: '2018-10-26T20:30:00.000Z',
      causationId: null,
      correlationId: `c${revision}`,
    },
    {
      url: 'https://example.com/a',
      canonicalUrl: 'https://example.com/a',
      revision,
      contentHash: `h${revision}`,
      previousHash: revision === 1 ? null : `h${revision - 1}`,
      publishedAt: null,
      document,
      amendmentIds: [],
      captureSource: 'api',
    },
    [`capture-${revision}`],
  );

/** The second revision's analysis: two of its three figures changed, and no note says why. */
function silentlyEdited() {
  const before = analyzeRevision({
    document: documentSaying('We removed 30 Pages, 33 accounts and 3 Groups.'),
    previous: null,
  });
  const document = documentSaying('We removed 31 Pages, 34 accounts and 3 Groups.');
  return { document, ...analyzeRevision({ document, previous: before.analysis }) };
}

describe(planAnalysisEvents.name, () => {
  it('given a page with more figures than the limit, when planned, then RevisionAnalyzed states the cut', () => {
    const document = documentSaying('We removed 30 Pages, 33 accounts and 3 Groups.');
    const { analysis, diff } = analyzeRevision({ document, previous: null, figureLimit: 2 });
    const { analyzed, figureChanges } = planAnalysisEvents(recorded(document), null, analysis, diff, 'v1');
    expect(analyzed.payload.figures).toHaveLength(2);
    expect(analyzed.payload.limits).toEqual({ figuresFound: 3, figureLimit: 2, capsHit: [] });
    expect(figureChanges).toHaveLength(2);
  });

  it('given the same revision twice, when planned, then the events and their ids are the same', () => {
    const document = documentSaying('We removed 30 Pages.');
    const plan = () => {
      const { analysis, diff } = analyzeRevision({ document, previous: null });
      return planAnalysisEvents(recorded(document), null, analysis, diff, 'v1');
    };
    expect(plan()).toEqual(plan());
  });

  it('given a later revision whose figures changed with no new note, when planned, then the analysis and every change say silent edit', () => {
    const { document, analysis, diff } = silentlyEdited();

    const { analyzed, figureChanges } = planAnalysisEvents(recorded(document, 2), 1, analysis, diff, 'v1');

    expect(diff.silentEdit).toBe(true);
    expect(analyzed.payload).toMatchObject({ revision: 2, previousRevision: 1, silentEdit: true });
    expect(figureChanges.map((change) => change.payload.silentEdit)).toEqual([true, true]);
  });

  it('given a later revision that brings a note with its changes, when planned, then nothing is silent', () => {
    const before = analyzeRevision({ document: documentSaying('We removed 30 Pages.'), previous: null });
    const document = documentSaying('We removed 31 Pages.\n\n[Updated on October 26, 2018 to correct the count]');
    const { analysis, diff } = analyzeRevision({ document, previous: before.analysis });

    const { analyzed } = planAnalysisEvents(recorded(document, 2), 1, analysis, diff, 'v1');

    expect(diff.figureChanges).not.toEqual([]);
    expect(analyzed.payload.silentEdit).toBe(false);
  });

  it('given a first revision and a diff calling it silent, when planned, then nothing is silent: every figure is new', () => {
    const { document, analysis, diff } = silentlyEdited();

    const { analyzed, figureChanges } = planAnalysisEvents(recorded(document), null, analysis, diff, 'v1');

    expect(analyzed.payload.silentEdit).toBe(false);
    expect(figureChanges.every((change) => change.payload.silentEdit === false)).toBe(true);
  });

  it('given a revision, when planned, then every event takes both times from it and names it as the cause', () => {
    const { document, analysis, diff } = silentlyEdited();
    const revision = recorded(document, 2);

    const { analyzed, figureChanges } = planAnalysisEvents(revision, 1, analysis, diff, 'v1');

    for (const event of [analyzed, ...figureChanges]) {
      expect(event).toMatchObject({
        reportId: 'rpt_a',
        occurredAt: '2018-10-26T22:00:00.000Z',
        effectiveAt: '2018-10-26T20:30:00.000Z',
        causationId: revision.id,
        correlationId: 'c2',
      });
    }
  });

  it('given a diff, when planned, then there is one FigureChanged per change and RevisionAnalyzed announces their count', () => {
    const { document, analysis, diff } = silentlyEdited();

    const { analyzed, figureChanges } = planAnalysisEvents(recorded(document, 2), 1, analysis, diff, 'v1');

    expect(figureChanges.map((change) => [change.payload.key, change.payload.change])).toEqual(
      diff.figureChanges.map((change) => [change.key, change.change]),
    );
    expect(analyzed.payload.figureChangeCount).toBe(2);
    expect(new Set(figureChanges.map((change) => change.id)).size).toBe(2);
  });

  it('given the same revision under another analyzer version, when planned, then every id differs', () => {
    const { document, analysis, diff } = silentlyEdited();
    const plan = (version: string) => planAnalysisEvents(recorded(document, 2), 1, analysis, diff, version);

    const [first, second] = [plan('v1'), plan('v2')];

    expect(second.analyzed.id).not.toBe(first.analyzed.id);
    expect(second.figureChanges.map((change) => change.id)).not.toContain(first.figureChanges[0].id);
    expect(second.analyzed.payload.analyzerVersion).toBe('v2');
  });
});
