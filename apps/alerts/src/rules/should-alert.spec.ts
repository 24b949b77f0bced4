import type { ReportFacts, SubscriptionFilter } from './filter';
import { changed, figure } from './rule-fixtures.spec-helper';
import type { AlertTrigger, SubscriptionTerms } from './should-alert';
import { shouldAlert } from './should-alert';

describe(shouldAlert.name, () => {
  const report: ReportFacts = {
    id: 'rpt_1',
    url: 'https://www.example.org/news/report',
    canonicalUrl: 'https://www.example.org/news/report',
    publisher: 'example.org',
    title: 'Report',
  };
  const everything: SubscriptionFilter = {
    reports: { ids: [], urlPrefix: null, publisher: null },
    metrics: { keys: [], label: null },
  };
  const terms = (overrides: Partial<SubscriptionTerms> = {}): SubscriptionTerms => ({
    filter: everything,
    rule: { kind: 'any-change' },
    startOffsets: { analyses: { '0': '10' } },
    ...overrides,
  });
  const figureAt = (
    offset: string,
    key = 'followers/account-follow-page',
    label = 'accounts followed Pages',
  ): AlertTrigger => ({
    kind: 'figure',
    position: { topic: 'analyses', partition: 0, offset },
    figure: { key, label },
    change: changed(figure(1), figure(2)),
  });

  it('given an event appended before the subscription was created, then it does not alert (a replay alerts on nothing old)', () => {
    expect(shouldAlert(terms(), figureAt('9'), report)).toBe(false);
    expect(shouldAlert(terms(), figureAt('10'), report)).toBe(true);
  });

  it('given a partition the subscription has no start for, then events there alert', () => {
    const trigger = { ...figureAt('0'), position: { topic: 'analyses', partition: 5, offset: '0' } };
    expect(shouldAlert(terms(), trigger, report)).toBe(true);
  });

  it('given report filters, then id, URL prefix and publisher (with or without www.) must all match', () => {
    const filter = (reports: Partial<SubscriptionFilter['reports']>) => ({
      ...everything,
      reports: { ...everything.reports, ...reports },
    });
    expect(shouldAlert(terms({ filter: filter({ ids: ['rpt_1'] }) }), figureAt('11'), report)).toBe(true);
    expect(shouldAlert(terms({ filter: filter({ ids: ['rpt_2'] }) }), figureAt('11'), report)).toBe(false);
    expect(
      shouldAlert(terms({ filter: filter({ urlPrefix: 'https://www.example.org/news/' }) }), figureAt('11'), report),
    ).toBe(true);
    expect(
      shouldAlert(terms({ filter: filter({ urlPrefix: 'https://www.example.org/blog/' }) }), figureAt('11'), report),
    ).toBe(false);
    expect(shouldAlert(terms({ filter: filter({ publisher: 'www.example.org' }) }), figureAt('11'), report)).toBe(true);
    expect(shouldAlert(terms({ filter: filter({ publisher: 'example.com' }) }), figureAt('11'), report)).toBe(false);
  });

  it('given metric filters, then the key must be listed and the label contain the text, case-insensitively', () => {
    const metrics = (keys: string[], label: string | null) => ({ ...everything, metrics: { keys, label } });
    expect(
      shouldAlert(terms({ filter: metrics(['followers/account-follow-page'], null) }), figureAt('11'), report),
    ).toBe(true);
    expect(shouldAlert(terms({ filter: metrics(['advertising/spending'], null) }), figureAt('11'), report)).toBe(false);
    expect(shouldAlert(terms({ filter: metrics([], 'FOLLOWED') }), figureAt('11'), report)).toBe(true);
    expect(shouldAlert(terms({ filter: metrics([], 'spending') }), figureAt('11'), report)).toBe(false);
  });

  it('given an amendment note, then only the amendment-note rule alerts on it', () => {
    const note: AlertTrigger = { kind: 'amendment', position: { topic: 'revisions', partition: 0, offset: '3' } };
    expect(shouldAlert(terms({ rule: { kind: 'amendment-note' } }), note, report)).toBe(true);
    expect(shouldAlert(terms({ rule: { kind: 'any-change' } }), note, report)).toBe(false);
  });
});
