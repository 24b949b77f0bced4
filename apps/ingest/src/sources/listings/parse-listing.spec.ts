import { parseListing } from './parse-listing';

const base = 'https://news.example/feed.xml';

describe(parseListing.name, () => {
  it('given an RSS 2.0 feed, then each item link is a page, resolved against the feed and listed once', () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><link>https://news.example/</link>
      <item><title>A</title><link>https://news.example/a?x=1&amp;y=2</link></item>
      <item><title>B</title><link><![CDATA[/b]]></link></item>
      <item><guid isPermaLink="true">https://news.example/c</guid></item>
      <item><guid isPermaLink="false">tag:123</guid></item>
      <item><link>https://news.example/b</link></item>
    </channel></rss>`;
    expect(parseListing(xml, base)).toEqual({
      format: 'rss',
      pages: ['https://news.example/a?x=1&y=2', 'https://news.example/b', 'https://news.example/c'],
      listings: [],
    });
  });

  it('given an Atom feed, then the alternate link of each entry is a page, not the feed-level self link', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><link rel="self" href="/feed.atom"/>
      <entry><link rel="edit" href="/edit/1"/><link rel="alternate" type="text/html" href="/posts/1"/></entry>
      <entry><link href='https://news.example/posts/2'/></entry>
    </feed>`;
    expect(parseListing(xml, base)?.pages).toEqual(['https://news.example/posts/1', 'https://news.example/posts/2']);
  });

  it('given a sitemap and a sitemap index, then urls are pages and sitemaps are listings', () => {
    const urlset = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc> https://news.example/x </loc>
      <lastmod>2018-10-26</lastmod></url><url><loc>ftp://news.example/y</loc></url></urlset>`;
    expect(parseListing(urlset, base)).toEqual({ format: 'sitemap', pages: ['https://news.example/x'], listings: [] });
    const index = `<sitemapindex><sitemap><loc>https://news.example/s1.xml</loc></sitemap></sitemapindex>`;
    expect(parseListing(index, base)).toEqual({
      format: 'sitemap-index',
      pages: [],
      listings: ['https://news.example/s1.xml'],
    });
  });

  it('given an RSS 1.0 (RDF) feed, then items are read too', () => {
    const xml = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><item rdf:about="https://news.example/r">
      <link>https://news.example/r</link></item></rdf:RDF>`;
    expect(parseListing(xml, base)?.pages).toEqual(['https://news.example/r']);
  });

  it('given an HTML page or a commented-out root, then it is not a listing', () => {
    expect(parseListing('<html><body><a href="/a">a</a></body></html>', base)).toBeNull();
    expect(parseListing('<!-- <rss> --><html></html>', base)).toBeNull();
  });
});

describe('parseListing on hostile input', () => {
  // The old patterns searched to the end from each opening in the first three: over 20 s at this size each.
  const item = (inner: string) => `<rss><item>${inner}<link>https://news.example/a</link></item></rss>`;
  it.each([
    ['item openings never closed', `<rss><item><link>https://news.example/a</link></item>${'<item>'.repeat(200_000)}`],
    ['comments never closed', `${'<!--'.repeat(200_000)}${item('')}`.replace(/^/, '<rss>')],
    ['guid openings never closed', `<rss><item>${'<guid>'.repeat(200_000)}</item>${item('').slice(5)}`],
    [
      'link tags never closed',
      `<feed><entry>${'<link'.repeat(200_000)}<link href="https://news.example/a"/></entry></feed>`,
    ],
  ])('given a feed of %s, when parsed, then the pages around them still count', (_name, xml) => {
    expect(parseListing(xml, base)?.pages).toEqual(['https://news.example/a']);
  });

  it('given an item holding another item, then the outer one ends at the first closing tag, as before', () => {
    const xml =
      '<rss><item><item><link>/inner</link></item><link>/after</link></item><item><link>/b</link></item></rss>';
    expect(parseListing(xml, base)?.pages).toEqual(['https://news.example/inner', 'https://news.example/b']);
  });

  it('given an RSS 1.0 item with rdf:about and no link, then rdf:about is its page', () => {
    const xml = '<rdf:RDF><item rdf:about="https://news.example/r"><title>R</title></item></rdf:RDF>';
    expect(parseListing(xml, base)?.pages).toEqual(['https://news.example/r']);
  });
});
