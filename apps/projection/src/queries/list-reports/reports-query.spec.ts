import { encodeCursor } from '../http/cursor';
import { parseRequest } from '@palimpsest/platform';
import { escapeLike, reportsQuery } from './reports-query';

const parseReportsQuery = (query: object) => parseRequest(reportsQuery, query);

describe(parseReportsQuery.name, () => {
  it('given a URL with tracking parameters, then it is matched in canonical form', () => {
    const parsed = parseReportsQuery({ url: 'https://About.fb.com/news/x/?utm_source=t#top' });
    expect(parsed.ok && parsed.value.canonicalUrl).toBe('https://about.fb.com/news/x');
  });

  it('given filters, then each is read and the publisher loses its www.', () => {
    const cursor = encodeCursor(['2018-10-27T09:00:00.000Z', 'rpt_1']);
    const parsed = parseReportsQuery({
      urlPrefix: 'https://about.fb.com/news/',
      publisher: 'WWW.About.fb.com',
      q: 'inauthentic',
      changedSince: '2018-10-26',
      cursor,
      limit: '10',
    });
    expect(parsed).toEqual({
      ok: true,
      value: {
        urlPrefix: 'https://about.fb.com/news/',
        publisher: 'about.fb.com',
        titleText: 'inauthentic',
        changedSince: '2018-10-26T00:00:00.000Z',
        after: ['2018-10-27T09:00:00.000Z', 'rpt_1'],
        limit: 10,
        canonicalUrl: undefined,
      },
    });
  });

  it.each([
    [{ url: 'not a url' }, '"url"'],
    [{ changedSince: 'last week' }, '"changedSince"'],
    [{ limit: '1000' }, '"limit"'],
    [{ cursor: 'abc' }, '"cursor"'],
  ])('given %j, then it is refused naming %s', (query, named) => {
    const parsed = parseReportsQuery(query);
    expect(!parsed.ok && parsed.reason).toContain(named);
  });
});

describe(escapeLike.name, () => {
  it('given LIKE wildcards, then they match literally', () => {
    expect(escapeLike('100%_done\\')).toBe('100\\%\\_done\\\\');
  });
});
