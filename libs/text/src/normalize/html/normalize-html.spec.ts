import { describeWithSeed } from '@palimpsest/shared-folder';
import type { Block, NormalizedDocument } from '../../model';
import type { NewsroomCapture } from '../../test-support/newsroom-post.spec-helper';
import {
  expectedDocument,
  newsroomPageHtml,
  OUR_POST,
  SEED_REPORT,
} from '../../test-support/newsroom-post.spec-helper';
import { documentText } from '../document-text';
import { normalizeHtml } from './normalize-html';

const allBlocks = (doc: NormalizedDocument): Block[] => doc.sections.flatMap((section) => section.blocks);
const texts = (doc: NormalizedDocument): string[] => allBlocks(doc).map((block) => block.text);

/** A newsroom capture set as an HTML page, and what the page must normalise to. */
interface NewsroomPage extends NewsroomCapture {
  /** The Events bullet, as it begins. */
  eventsBullet: RegExp;
  note: RegExp;
  /** Paragraphs that carried inline links. */
  linked: RegExp;
}

function itReadsThePage(page: NewsroomPage): void {
  let doc: NormalizedDocument;
  let text: string;
  let articleBlocks: string[];
  beforeAll(() => {
    const capture = page.read();
    doc = normalizeHtml(newsroomPageHtml(capture));
    text = documentText(doc);
    articleBlocks = texts(expectedDocument(capture));
  });

  it('when normalised, then the title is the article h1 and the <time> gives the publication day', () => {
    expect(doc.title).toBe(page.title);
    expect(doc.publishedAt).toBe(page.publishedAt);
  });

  it('when normalised, then the emphasised lead-ins label the four list items', () => {
    const items = allBlocks(doc).filter((block) => block.kind === 'list-item');
    expect(items.map((item) => item.label)).toEqual(page.labels);
    expect(items[3].text).toMatch(page.eventsBullet);
    expect(items[3].text).toMatch(page.note);
  });

  it('when normalised, then the h2 opens a section and the h1 is not a block', () => {
    expect(doc.sections.map((section) => section.heading)).toEqual([null, page.sectionHeading]);
    expect(allBlocks(doc).some((block) => block.text === doc.title)).toBe(false);
  });

  it('when normalised, then table rows join their cells with pipes', () => {
    const rows = allBlocks(doc).filter((block) => block.kind === 'table-row');
    expect(rows.map((row) => row.text)).toEqual(['Network | Pages', 'Iran | 30']);
  });

  it('when normalised, then inline links keep their text inside the paragraph', () => {
    const linked = articleBlocks.filter((block) => page.linked.test(block));
    expect(linked).toHaveLength(2);
    for (const paragraph of linked) expect(texts(doc)).toContain(paragraph);
  });

  it('when normalised, then the paragraphs and list items read as the article blocks, in order', () => {
    const prose = allBlocks(doc).filter((block) => block.kind === 'paragraph' || block.kind === 'list-item');
    expect(prose.map((block) => block.text)).toEqual(articleBlocks);
  });

  it.each([
    'cookies',
    'Home',
    'Back to Newsroom',
    'LISTEN TO ARTICLE',
    'Share this article',
    'Twitter',
    'Tags',
    'Security News',
    'newsletter',
    'Related News',
    'Fact-Checking Programme',
    'Recent News',
    'Message Requests',
    'Follow Meta Newsroom',
    'Press Resources',
    'window.dataLayer',
    'color: red',
  ])('when normalised, then the furniture "%s" is not in the document', (furniture) => {
    expect(text).not.toContain(furniture);
  });

  it('when normalised, then no share or social link survives as a block of its own', () => {
    expect(texts(doc).filter((block) => ['Facebook', 'Instagram', 'Elections'].includes(block))).toEqual([]);
  });

  it('when normalised, then every block offset points at its text in the canonical text', () => {
    for (const block of allBlocks(doc))
      expect(text.slice(block.start, block.start + block.text.length)).toBe(block.text);
  });
}

describe(normalizeHtml.name, () => {
  describe('given a newsroom page of ours with header, nav, share bar, tags, related news, aside and footer', () => {
    itReadsThePage({
      ...OUR_POST,
      eventsBullet: /^Events: Five events listed\. /,
      note: /\[Updated on March 14, 2024 at 4:15PM ET [^\]]+\]$/,
      linked: /Open Newsroom Project|^Our integrity team/,
    });
  });

  describeWithSeed('given the seed report in a newsroom page', () => {
    itReadsThePage({
      ...SEED_REPORT,
      eventsBullet: /^Events: Seven events hosted\. /,
      note: /\[Updated on October 26, 2018 at 1:30PM PT [^\]]+\]$/,
      linked: /Atlantic Council|^Our elections war room/,
    });
  });

  describe('given a page with no <article> and the title only in <title>', () => {
    const doc = normalizeHtml(
      '<html><head><title>Quarterly Integrity Report – Example Corp</title></head><body>' +
        '<div id="main-nav"><a href="/">Home</a></div><div class="content"><p>We removed 12 networks.</p></div></body></html>',
    );

    it('when normalised, then the title comes from <title> without the site name', () => {
      expect(doc.title).toBe('Quarterly Integrity Report');
      expect(texts(doc)).toEqual(['We removed 12 networks.']);
    });
  });

  describe('given og:title and a date line under the h1 but no machine-readable date', () => {
    const doc = normalizeHtml(
      '<html><head><meta property="og:title" content="Our Work | Site"></head><body><article>' +
        '<h1>Our Work</h1><p>March 3, 2022</p><p>Text of the post goes here.</p></article></body></html>',
    );

    it('when normalised, then the date line is the publication day and not a block', () => {
      expect(doc.publishedAt).toBe('2022-03-03');
      expect(texts(doc)).toEqual(['Text of the post goes here.']);
    });
  });

  describe('given a meta published time', () => {
    const doc = normalizeHtml(
      '<html><head><meta property="article:published_time" content="2021-03-10T08:00:00-08:00"></head>' +
        '<body><article><h1>A Post</h1><p>Body.</p></article></body></html>',
    );

    it('when normalised, then the declared day is the publication day', () => {
      expect(doc.publishedAt).toBe('2021-03-10');
    });
  });

  describe('given loose text, blockquotes and nested lists', () => {
    const doc = normalizeHtml(
      '<article><h1>Title Of Post</h1><div>Loose text in a div.<p>A paragraph.</p>More loose text.</div>' +
        '<blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote>' +
        '<ul><li>Outer item<ul><li>Inner item</li></ul></li></ul></article>',
    );

    it('when normalised, then each becomes its own block of the right kind', () => {
      expect(allBlocks(doc).map((block) => [block.kind, block.text])).toEqual([
        ['paragraph', 'Loose text in a div.'],
        ['paragraph', 'A paragraph.'],
        ['paragraph', 'More loose text.'],
        ['quote', 'Quoted one.'],
        ['quote', 'Quoted two.'],
        ['list-item', 'Outer item'],
        ['list-item', 'Inner item'],
      ]);
    });
  });

  describe('given paragraphs separated by double line breaks', () => {
    const doc = normalizeHtml(
      '<div><h1>Old Style Page</h1>First line<br>same paragraph.<br><br>Second paragraph.</div>',
    );

    it('when normalised, then a double break ends a paragraph and a single one does not', () => {
      expect(texts(doc)).toEqual(['First line same paragraph.', 'Second paragraph.']);
    });
  });

  describe('given malformed markup', () => {
    const doc = normalizeHtml(
      '<article><h1>Broken Page Title<p>First <b>bold <i>mixed</b> text</i><p>Second &amp; last &#xD800;',
    );

    it('when normalised, then the readable text survives', () => {
      expect(documentText(doc)).toContain('First bold mixed text');
      expect(documentText(doc)).toContain('Second & last');
    });
  });

  describe('given twenty thousand unclosed elements', () => {
    const doc = normalizeHtml(`<article><h1>Deep Page Title</h1>${'<div><span>'.repeat(20_000)}Deep text.`);

    it('when normalised, then the text at the bottom is read without exhausting the stack', () => {
      expect(texts(doc)).toEqual(['Deep text.']);
    });
  });

  describe('given an empty page', () => {
    it.each(['', '<html><body></body></html>', '<div><nav>Menu</nav></div>'])(
      'when %p is normalised, then the document has no blocks',
      (html) => {
        expect(allBlocks(normalizeHtml(html))).toEqual([]);
      },
    );
  });
});
