import { canonicalUrl, publisherName, publisherOf } from './canonical-url';

describe(canonicalUrl.name, () => {
  it('given tracking parameters, a fragment and a trailing slash, then they are dropped', () => {
    expect(canonicalUrl('https://About.FB.com/news/2018/10/x/?utm_source=tw&b=2&a=1#top')).toBe(
      'https://about.fb.com/news/2018/10/x?a=1&b=2',
    );
  });

  it('given two spellings of one page, then they share one canonical URL', () => {
    expect(canonicalUrl('https://example.com/a/?fbclid=1')).toBe(canonicalUrl('https://EXAMPLE.com/a'));
  });
});

describe(publisherOf.name, () => {
  it('given a URL on www. in any case, then the publisher is the host without www., lower case', () => {
    expect(publisherOf('https://WWW.Example.com/a')).toBe('example.com');
  });

  it('given a host with www. inside it, then only a leading www. goes', () => {
    expect(publisherName('news.www.example.com')).toBe('news.www.example.com');
  });
});
