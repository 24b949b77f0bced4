import { parseDocument } from './dom';
import { metadataPublishedAt, metadataTitle, withoutSiteName } from './page-metadata';

describe(metadataTitle.name, () => {
  it('given og:title and <title>, when read, then og:title wins without the site name', () => {
    const document = parseDocument(
      '<html><head><title>Window | Site</title><meta property="og:title" content="Shared Headline | Site"></head></html>',
    );
    expect(metadataTitle(document)).toBe('Shared Headline');
  });

  it('given no title at all, when read, then it is null', () => {
    expect(metadataTitle(parseDocument('<p>x</p>'))).toBeNull();
  });
});

describe(withoutSiteName.name, () => {
  it.each([
    [
      'Taking Down Coordinated Inauthentic Behavior from Iran | Meta',
      'Taking Down Coordinated Inauthentic Behavior from Iran',
    ],
    ['Example News — An Update on Our Election Work', 'An Update on Our Election Work'],
    ['Q&A: What We Found - Blog', 'Q&A: What We Found'],
    ['Covid-19 response', 'Covid-19 response'],
  ])('given %p, then the headline is %p', (title, headline) => {
    expect(withoutSiteName(title)).toBe(headline);
  });
});

describe(metadataPublishedAt.name, () => {
  it('given article:published_time, when read, then its day is the publication day', () => {
    const document = parseDocument(
      '<html><head><meta property="article:published_time" content="2018-10-26T16:00:00Z"></head></html>',
    );
    expect(metadataPublishedAt(document)).toBe('2018-10-26');
  });

  it('given JSON-LD with datePublished, when read, then its day is the publication day', () => {
    const document = parseDocument(
      '<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-10T08:00:00-08:00"}</script></head></html>',
    );
    expect(metadataPublishedAt(document)).toBe('2021-03-10');
  });

  it('given no declared date, when read, then it is null', () => {
    expect(metadataPublishedAt(parseDocument('<html><head><meta name="author" content="x"></head></html>'))).toBeNull();
  });
});
