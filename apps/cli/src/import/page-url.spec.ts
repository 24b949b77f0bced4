import { statedPageUrl } from './page-url';

describe(statedPageUrl.name, () => {
  it('given a canonical link or an og:url, then it is the page URL', () => {
    expect(statedPageUrl('<head><link href="https://n.example/a" rel="canonical"></head>')).toBe('https://n.example/a');
    expect(statedPageUrl(`<meta property='og:url' content='https://n.example/b'>`)).toBe('https://n.example/b');
  });

  it('given a relative canonical or none, then there is no stated URL', () => {
    expect(statedPageUrl('<link rel="canonical" href="/a"><link rel="stylesheet" href="https://x/s.css">')).toBeNull();
  });
});
