import { AlertInput, renderAlertBody } from './alert-body';

describe(renderAlertBody.name, () => {
  const input: AlertInput = {
    deliveryId: 'd-1',
    subscriptionId: 's-1',
    rule: { kind: 'relative-change', atLeastPercent: 5 },
    event: {
      id: 'e-1',
      type: 'FigureChanged',
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
    figure: {
      key: 'followers/account-follow-page',
      label: 'accounts followed Pages',
      section: 'Followers',
      change: 'changed',
      from: { value: 1_020_000, qualifier: 'about', unit: 'count', text: 'About 1.02 million' },
      to: { value: 1_100_000, qualifier: 'about', unit: 'count', text: 'About 1.1 million' },
      silentEdit: false,
    },
    amendments: [
      { eventId: 'n-1', raw: '[Updated on ...]', statedAt: '2018-10-26T20:30:00.000Z', reason: 'more detail' },
    ],
    queryApiUrl: 'http://127.0.0.1:3000/',
  };

  it('given a figure change, then it names the report, the figure, old and new values, the revision, both times and the note', () => {
    expect(JSON.parse(renderAlertBody(input))).toMatchObject({
      deliveryId: 'd-1',
      event: { id: 'e-1', type: 'FigureChanged' },
      report: { id: 'rpt_1', url: 'https://about.fb.com/news/x/', publisher: 'about.fb.com' },
      revision: 2,
      previousRevision: 1,
      observedAt: '2018-10-27T08:00:00.000Z',
      effectiveAt: '2018-10-26T20:30:00.000Z',
      figure: {
        key: 'followers/account-follow-page',
        old: { value: 1_020_000 },
        new: { value: 1_100_000, qualifier: 'about' },
      },
      amendments: [{ raw: '[Updated on ...]', statedAt: '2018-10-26T20:30:00.000Z', reason: 'more detail' }],
    });
  });

  it('given the query API base, then it links the figure history and the diff between both revisions', () => {
    expect(JSON.parse(renderAlertBody(input)).links).toEqual({
      history: 'http://127.0.0.1:3000/reports/rpt_1/figures/followers%2Faccount-follow-page/history',
      diff: 'http://127.0.0.1:3000/reports/rpt_1/diff?from=1&to=2',
    });
  });

  it('given an amendment note alert, then there is no figure and the history link lists the notes', () => {
    const body = JSON.parse(
      renderAlertBody({
        ...input,
        figure: null,
        event: { ...input.event, type: 'AmendmentNoted', previousRevision: null },
      }),
    );
    expect(body.figure).toBeNull();
    expect(body.links).toEqual({
      history: 'http://127.0.0.1:3000/reports/rpt_1/amendments',
      diff: 'http://127.0.0.1:3000/reports/rpt_1/diff?to=2',
    });
  });

  it('given the same input twice, then the bytes are the same (every attempt signs the same body)', () => {
    expect(renderAlertBody(input)).toBe(renderAlertBody(structuredClone(input)));
  });
});
