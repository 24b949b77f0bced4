import { createEvent, REVISION_RECORDED, RevisionRecorded } from '@palimpsest/contracts';
import { NormalizedDocument } from '@palimpsest/text';
import { analyzeRevision } from '@palimpsest/platform';
import { planAnalysisEvents } from './plan-analysis';

const documentSaying = (text: string): NormalizedDocument => ({
  title: 'Takedown',
  publishedAt: null,
  sections: [{ heading: null, blocks: [{ id: 'b0', kind: 'paragraph', text, start: 0 }] }],
});

const recorded = (document: NormalizedDocument): RevisionRecorded =>
  createEvent(
    REVISION_RECORDED,
    {
      reportId: 'rpt_a',
      occurredAt: '2018-10-26T16:00:00.000Z',
      effectiveAt: '2018-10-26T16:00:00.000Z',
      causationId: null,
      correlationId: 'c1',
    },
    {
      url: 'https://example.com/a',
      canonicalUrl: 'https://example.com/a',
      revision: 1,
      contentHash: 'h1',
      previousHash: null,
      publishedAt: null,
      document,
      amendmentIds: [],
      captureSource: 'api',
    },
    ['capture-1'],
  );

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
});
