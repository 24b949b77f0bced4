import { alertsApiFrom, failureMessage } from './alerts-api';
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
      body: {
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
      body: {
        filter: { reports: { ids: ['rpt_1', 'rpt_2'] }, metrics: { keys: ['a/b', 'c/d'], label: 'spending' } },
        from: 'beginning',
      },
    });
  });

  it('given no --url or no --rule, then it says which is missing', () => {
    expect(subscriptionBody({ rule: 'any' })).toEqual({ ok: false, message: expect.stringContaining('--url') });
    expect(subscriptionBody({ url: 'u' })).toEqual({ ok: false, message: expect.stringContaining('--rule') });
  });
});

describe(alertsApiFrom.name, () => {
  it('given no options, then it uses 127.0.0.1:3002 and API_TOKEN from the environment', () => {
    expect(alertsApiFrom({}, { API_TOKEN: 't' })).toEqual({ baseUrl: 'http://127.0.0.1:3002', token: 't' });
  });

  it('given --api and --token, then they win over the environment', () => {
    expect(alertsApiFrom({ api: 'http://alerts:3002/', token: 'x' }, { API_TOKEN: 't' })).toEqual({
      baseUrl: 'http://alerts:3002',
      token: 'x',
    });
  });
});

describe(failureMessage.name, () => {
  it("given a 400 with Nest's message, then the reason is shown", () => {
    expect(failureMessage({ status: 400, body: { message: 'unknown rule "x"' } })).toBe(
      'alerts API answered 400: unknown rule "x"',
    );
  });
});
