import { subscriptionBody } from './subscription-body';

describe(subscriptionBody.name, () => {
  it('given --url, --metric and --rule, then the body names the webhook, the metric key and the rule', () => {
    const built = subscriptionBody({
      url: 'http://127.0.0.1:9000/hook',
      metric: 'followers/account-follow-page',
      rule: 'relative>=5%',
    });
    expect(built).toEqual({
      ok: true,
      value: {
        url: 'http://127.0.0.1:9000/hook',
        rule: 'relative>=5%',
        filter: {
          reports: { ids: [], urlPrefix: null, publisher: null },
          metrics: { keys: ['followers/account-follow-page'], label: null },
        },
      },
    });
  });

  it('given comma-separated reports and metrics, a label and --from, then they are all passed on', () => {
    const built = subscriptionBody({
      url: 'u',
      rule: 'any',
      report: 'rpt_1, rpt_2',
      metric: 'a/b,c/d',
      label: 'spending',
      from: 'beginning',
    });
    expect(built).toMatchObject({
      ok: true,
      value: {
        filter: { reports: { ids: ['rpt_1', 'rpt_2'] }, metrics: { keys: ['a/b', 'c/d'], label: 'spending' } },
        from: 'beginning',
      },
    });
  });

  it('given no --url or no --rule, then it says which is missing', () => {
    expect(subscriptionBody({ rule: 'any' })).toEqual({ ok: false, reason: expect.stringContaining('--url') });
    expect(subscriptionBody({ url: 'u' })).toEqual({ ok: false, reason: expect.stringContaining('--rule') });
  });
});
