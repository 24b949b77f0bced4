import { parseSubscriptionRequest } from './subscription-request';

describe(parseSubscriptionRequest.name, () => {
  const valid = { url: 'https://hooks.example.com/palimpsest', rule: 'relative>=5%' };

  it('given a URL and a rule, then the filter follows everything and it starts now', () => {
    expect(parseSubscriptionRequest(valid)).toEqual({
      ok: true,
      value: {
        url: valid.url,
        rule: { kind: 'relative-change', atLeastPercent: 5 },
        filter: { reports: { ids: [], urlPrefix: null, publisher: null }, metrics: { keys: [], label: null } },
        from: 'now',
      },
    });
  });

  it('given report and metric filters, then they are kept, a single key read as a list', () => {
    const parsed = parseSubscriptionRequest({
      ...valid,
      filter: {
        reports: { ids: ['rpt_1'], urlPrefix: 'https://about.fb.com/', publisher: 'about.fb.com' },
        metrics: { keys: 'followers/account-follow-page', label: 'followed' },
      },
      from: 'beginning',
    });
    expect(parsed).toMatchObject({
      ok: true,
      value: {
        filter: {
          reports: { ids: ['rpt_1'], urlPrefix: 'https://about.fb.com/', publisher: 'about.fb.com' },
          metrics: { keys: ['followers/account-follow-page'], label: 'followed' },
        },
        from: 'beginning',
      },
    });
  });

  it.each([
    [null, /JSON object/],
    [{ rule: 'any' }, /"url" is required/],
    [{ url: 'ftp://example.com/x', rule: 'any' }, /http or https/],
    [{ url: 'https://user:pw@example.com/x', rule: 'any' }, /credentials/],
    [{ url: 'https://example.com/x' }, /"rule" is required/],
    [{ ...valid, filter: [] }, /"filter" must be an object/],
    [{ ...valid, filter: { reports: { ids: [1] } } }, /filter\.reports\.ids/],
    [{ ...valid, filter: { metrics: { label: '' } } }, /filter\.metrics\.label/],
    [{ ...valid, from: 'yesterday' }, /"from"/],
    [{ ...valid, rule: 'amendment-note', filter: { metrics: { keys: ['a/b'] } } }, /remove "filter.metrics"/],
  ])('given %j, then it is refused with a reason', (body, reason) => {
    const parsed = parseSubscriptionRequest(body);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toMatch(reason);
  });
});
