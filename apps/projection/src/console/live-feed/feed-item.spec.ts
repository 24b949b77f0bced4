import type { PalimpsestEvent } from '@palimpsest/contracts';
import { contextFromEvent, matchesFilter, toFeedItem } from './feed-item';

const envelope = {
  id: '0f0e0d0c-0b0a-0908-0706-050403020100',
  schemaVersion: 1,
  reportId: 'rpt_1',
  occurredAt: '2018-10-26T22:00:00.000Z',
  effectiveAt: '2018-10-26T20:30:00.000Z',
  causationId: null,
  correlationId: 'c',
};
const report = { publisher: 'about.fb.com', title: 'Takedown', url: 'https://about.fb.com/news/x/' };
const value = (amount: number, text: string) => ({ value: amount, qualifier: 'exact' as const, unit: 'count', text });

describe(toFeedItem.name, () => {
  it('given a silent figure change, then a figure line with old and new value, marked silent', () => {
    const event = {
      ...envelope,
      type: 'FigureChanged',
      payload: {
        revision: 3,
        previousRevision: 2,
        analyzerVersion: 'a1',
        key: 'events/event-hosted',
        label: 'events hosted',
        section: 'Events',
        change: 'changed',
        from: value(7, 'Seven'),
        to: value(8, 'Eight'),
        silentEdit: true,
      },
    } as unknown as PalimpsestEvent;
    expect(toFeedItem(event, report)).toMatchObject({
      kind: 'figure',
      reportId: 'rpt_1',
      publisher: 'about.fb.com',
      revision: 3,
      silentEdit: true,
      observedAt: envelope.occurredAt,
      effectiveAt: envelope.effectiveAt,
      figure: { key: 'events/event-hosted', change: 'changed', from: { value: 7 }, to: { value: 8 } },
    });
  });

  it('given an analysis that is not a silent edit, then no line', () => {
    const event = {
      ...envelope,
      type: 'RevisionAnalyzed',
      payload: { revision: 2, silentEdit: false, figureChangeCount: 1 },
    } as unknown as PalimpsestEvent;
    expect(toFeedItem(event, report)).toBeNull();
  });

  it('given an event type the feed does not know, then no line', () => {
    expect(
      toFeedItem({ ...envelope, type: 'SomethingElse', payload: {} } as unknown as PalimpsestEvent, report),
    ).toBeNull();
  });
});

describe(contextFromEvent.name, () => {
  it('given a recorded revision, then the publisher is its host without www.', () => {
    const event = {
      ...envelope,
      type: 'RevisionRecorded',
      payload: {
        url: 'https://www.example.org/a?x=1',
        canonicalUrl: 'https://www.example.org/a',
        document: { title: 'A' },
      },
    } as unknown as PalimpsestEvent;
    expect(contextFromEvent(event)).toEqual({
      publisher: 'example.org',
      title: 'A',
      url: 'https://www.example.org/a?x=1',
    });
  });
});

describe(matchesFilter.name, () => {
  const item = toFeedItem(
    {
      ...envelope,
      type: 'AmendmentNoted',
      payload: { revision: 2, raw: 'Updated on ...' },
    } as unknown as PalimpsestEvent,
    report,
  )!;

  it('given a publisher written with www. and capitals, then it still matches', () => {
    expect(matchesFilter(item, { publisher: 'WWW.About.fb.com' })).toBe(true);
  });

  it('given another report, then it does not match', () => {
    expect(matchesFilter(item, { reportId: 'rpt_2' })).toBe(false);
  });
});
