import type { Block, NormalizedDocument } from '../model';
import { documentText } from './document-text';
import { looksLikeHtml, normalizeCapture } from './normalize-capture';

const allBlocks = (doc: NormalizedDocument): Block[] => doc.sections.flatMap((section) => section.blocks);

describe(normalizeCapture.name, () => {
  it('given both html and text, when normalised, then the html is read', () => {
    const doc = normalizeCapture({
      html: '<article><h1>From The Markup</h1><p>Body.</p></article>',
      text: '# From The Text',
    });
    expect(doc.title).toBe('From The Markup');
  });

  it('given text that is really HTML, when normalised, then it is read as HTML', () => {
    const doc = normalizeCapture({
      text: '<html><body><article><h1>Marked Up Title</h1><p>Body.</p></article></body></html>',
    });
    expect(doc.title).toBe('Marked Up Title');
    expect(documentText(doc)).not.toContain('<');
  });

  it('given blank html and some text, when normalised, then the text is read', () => {
    expect(normalizeCapture({ html: '  ', text: '# Plain Title\n\nBody.' }).title).toBe('Plain Title');
  });

  it('given nothing, when normalised, then the document is empty', () => {
    expect(normalizeCapture({})).toEqual({ title: null, publishedAt: null, sections: [] });
  });

  it('given a 10 MB page, when normalised, then every paragraph is kept', () => {
    const paragraph = (index: number) =>
      `<div class="row"><p>Paragraph ${index} says we removed <a href="#">82 Pages</a> and <b>16 accounts</b>.</p></div>`;
    const body = Array.from({ length: 95_000 }, (_, index) => paragraph(index)).join('');
    const html = `<html><body><nav>Menu</nav><article><h1>Huge Page Title</h1>${body}</article></body></html>`;
    expect(html.length).toBeGreaterThan(10_000_000);
    expect(allBlocks(normalizeCapture({ html }))).toHaveLength(95_000);
  }, 60_000);

  it('given 10 MB of text, when normalised, then every paragraph is kept', () => {
    const text = `# Huge Text\n\n${'We removed 82 Pages. '.repeat(20).concat('\n\n').repeat(25_000)}`;
    expect(text.length).toBeGreaterThan(10_000_000);
    expect(allBlocks(normalizeCapture({ text }))).toHaveLength(25_000);
  }, 60_000);
});

describe(looksLikeHtml.name, () => {
  it.each(['<!DOCTYPE html><p>x</p>', '<div><p>a</p><p>b</p></div>'])('given %p, then it is HTML', (text) => {
    expect(looksLikeHtml(text)).toBe(true);
  });

  it.each(['# Heading\n\nUse the <p> tag for paragraphs.', 'Less than $100 < $200'])(
    'given %p, then it is not HTML',
    (text) => {
      expect(looksLikeHtml(text)).toBe(false);
    },
  );
});
