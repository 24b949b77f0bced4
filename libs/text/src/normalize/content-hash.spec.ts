import { contentHash } from './content-hash';
import { normalizeHtml } from './html/normalize-html';
import { normalizeText } from './text/normalize-text';

describe(contentHash.name, () => {
  const article =
    '<article><h1>A Title Here</h1><p>We removed <b>82</b> Pages.</p><ul><li>About 1,000 followers.</li></ul></article>';

  it('given the same page with different furniture and whitespace, when hashed, then the hashes are equal', () => {
    const plain = normalizeHtml(article);
    const furnished = normalizeHtml(
      `<html><body><nav><a href="/">Home</a></nav>\n  ${article.replace('We removed', 'We\n   removed')}<footer>© 2024</footer></body></html>`,
    );
    expect(contentHash(furnished)).toBe(contentHash(plain));
  });

  it('given the same article as HTML and as Markdown, when hashed, then the hashes are equal', () => {
    const markdown = normalizeText('# A Title Here\n\nWe removed **82** Pages.\n\n- About 1,000 followers.');
    expect(contentHash(markdown)).toBe(contentHash(normalizeHtml(article)));
  });

  it('given a changed figure, when hashed, then the hash differs', () => {
    expect(contentHash(normalizeHtml(article.replace('82', '83')))).not.toBe(contentHash(normalizeHtml(article)));
  });

  it('given any document, when hashed, then the hash is 64 hex digits', () => {
    expect(contentHash(normalizeText(''))).toMatch(/^[0-9a-f]{64}$/);
  });
});
