import type { AlertFigure, AlertInput } from './alert-body';
import { renderAlertBody } from './alert-body';

describe(renderAlertBody.name, () => {
  const followers: AlertFigure = {
    key: 'followers/account-follow-page',
    label: 'accounts followed Pages',
    section: 'Followers',
    change: 'changed',
    from: { value: 1_020_000, qualifier: 'about', unit: 'count', text: 'About 1.02 million' },
    to: { value: 1_100_000, qualifier: 'about', unit: 'count', text: 'About 1.1 million' },
    silentEdit: false,
  };
  const spending: AlertFigure = {
    key: 'advertising/spending',
    label: 'spent on ads',
    section: null,
    change: 'changed',
    from: { value: 100, qualifier: 'less_than', unit: 'USD', text: 'Less than $100' },
    to: { value: 250, qualifier: 'exact', unit: 'USD', text: '$250' },
    silentEdit: false,
  };
  const input: AlertInput = {
    deliveryId: 'd-1',
    subscriptionId: 's-1',
    rule: { kind: 'relative-change', atLeastPercent: 5 },
    event: {
      id: 'e-1',
      type: 'RevisionAnalyzed',
      occurredAt: '2018-10-27T08:00:00.000Z',
      effectiveAt: '2018-10-26T20:30:00.000Z',
      revision: 2,
      previousRevision: 1,
    },
    report: {
      id: 'rpt_1',
      url: 'https://about.fb.com/news/x/',
      canonicalUrl: 'https://about.fb.com/news/x',
      publisher: 'about.fb.com',
      title: 'X',
    },
    changes: [followers, spending],
    silentEdit: false,
    amendments: [
      { eventId: 'n-1', raw: '[Updated on ...]', statedAt: '2018-10-26T20:30:00.000Z', reason: 'more detail' },
    ],
    queryApiUrl: 'http://127.0.0.1:3000/',
  };

  it('given a revision, then it names the report, the revision, both times, the note and every change in order with old and new values', () => {
    expect(JSON.parse(renderAlertBody(input))).toMatchObject({
      deliveryId: 'd-1',
      event: { id: 'e-1', type: 'RevisionAnalyzed' },
      report: { id: 'rpt_1', url: 'https://about.fb.com/news/x/', publisher: 'about.fb.com' },
      revision: 2,
      previousRevision: 1,
      observedAt: '2018-10-27T08:00:00.000Z',
      effectiveAt: '2018-10-26T20:30:00.000Z',
      changes: [
        {
          key: 'followers/account-follow-page',
          old: { value: 1_020_000 },
          new: { value: 1_100_000, qualifier: 'about' },
        },
        { key: 'advertising/spending', old: { value: 100, qualifier: 'less_than' }, new: { value: 250 } },
      ],
      silentEdit: false,
      amendments: [{ raw: '[Updated on ...]', statedAt: '2018-10-26T20:30:00.000Z', reason: 'more detail' }],
    });
  });

  it('given the query API base, then each change links its history, and the alert the diff and the notes', () => {
    const body = JSON.parse(renderAlertBody(input));
    expect(body.changes.map((change: { links: unknown }) => change.links)).toEqual([
      { history: 'http://127.0.0.1:3000/reports/rpt_1/figures/followers%2Faccount-follow-page/history' },
      { history: 'http://127.0.0.1:3000/reports/rpt_1/figures/advertising%2Fspending/history' },
    ]);
    expect(body.links).toEqual({
      diff: 'http://127.0.0.1:3000/reports/rpt_1/diff?from=1&to=2',
      amendments: 'http://127.0.0.1:3000/reports/rpt_1/amendments',
    });
  });

  it('given an amendment note alert, then there are no changes and the diff starts at the first revision', () => {
    const body = JSON.parse(
      renderAlertBody({
        ...input,
        changes: [],
        event: { ...input.event, type: 'AmendmentNoted', previousRevision: null },
      }),
    );
    expect(body.changes).toEqual([]);
    expect(body.links).toEqual({
      diff: 'http://127.0.0.1:3000/reports/rpt_1/diff?to=2',
      amendments: 'http://127.0.0.1:3000/reports/rpt_1/amendments',
    });
  });

  it('given the same input twice, then the bytes are the same (every attempt signs the same body)', () => {
    expect(renderAlertBody(input)).toBe(renderAlertBody(structuredClone(input)));
  });
});
