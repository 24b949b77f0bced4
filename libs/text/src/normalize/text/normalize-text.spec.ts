import { describeWithSeed } from '@palimpsest/shared-folder';
import type { Block, NormalizedDocument } from '../../model';
import type { NewsroomCapture } from '../../test-support/newsroom-post.spec-helper';
import { OUR_POST, SEED_REPORT } from '../../test-support/newsroom-post.spec-helper';
import { documentText } from '../document-text';
import { normalizeText } from './normalize-text';

const allBlocks = (doc: NormalizedDocument): Block[] => doc.sections.flatMap((section) => section.blocks);

/** What a newsroom post captured as text must normalise to. */
interface TextCapture extends NewsroomCapture {
  /** The second bullet, as its labelled text begins. */
  secondBullet: RegExp;
  /** A dollar amount written `\$` in the capture. */
  dollarAmount: string;
  /** How the second section's first paragraph begins. */
  sectionOpensWith: string;
  /** Sentences that carried links or emphasis. */
  linkedText: string[];
  furniture: string[];
  lastParagraph: RegExp;
}

function itReadsTheCapture(capture: TextCapture): void {
  let doc: NormalizedDocument;
  let text: string;
  beforeAll(() => {
    doc = normalizeText(capture.read());
    text = documentText(doc);
  });

  it('when normalised, then the title is the headline below the brand line', () => {
    expect(doc.title).toBe(capture.title);
  });

  it('when normalised, then the date line under the title is the publication day', () => {
    expect(doc.publishedAt).toBe(capture.publishedAt);
  });

  it('when normalised, then the four bullets are labelled list items', () => {
    const items = allBlocks(doc).filter((block) => block.kind === 'list-item');
    expect(items.map((item) => item.label)).toEqual(capture.labels);
    expect(items[1].text).toMatch(capture.secondBullet);
  });

  it('when normalised, then the escaped dollar sign reads as a dollar sign', () => {
    expect(text).toContain(capture.dollarAmount);
    expect(text).not.toContain('\\$');
  });

  it('when normalised, then the short line before the byline opens a section', () => {
    const section = doc.sections.find((candidate) => candidate.heading === capture.sectionHeading);
    expect(section?.blocks[0]).toMatchObject({ kind: 'heading', text: capture.sectionHeading });
    expect(section?.blocks.some((block) => block.text.startsWith(capture.sectionOpensWith))).toBe(true);
  });

  it('when normalised, then links keep only their text and emphasis markers are gone', () => {
    for (const linked of capture.linkedText) expect(text).toContain(linked);
    expect(text).not.toMatch(/\]\(|\*/);
  });

  it.each(capture.furniture)('when normalised, then the page furniture "%s" is not in the document', (furniture) => {
    expect(text.toLowerCase()).not.toContain(furniture.toLowerCase());
  });

  it('when normalised, then the article ends with its last paragraph', () => {
    const blocks = allBlocks(doc);
    expect(blocks[blocks.length - 1].text).toMatch(capture.lastParagraph);
  });

  it('when normalised, then every block offset points at its text in the canonical text', () => {
    for (const block of allBlocks(doc))
      expect(text.slice(block.start, block.start + block.text.length)).toBe(block.text);
  });
}

const NEWSROOM_FURNITURE = [
  'RECENT NEWS',
  'RELATED NEWS',
  'Categories:',
  'Tags:',
  'Share this article',
  'Back to Newsroom',
  'LISTEN TO ARTICLE',
  'Downloads',
  'Press Resources',
  'Site terms and policies',
];

describe(normalizeText.name, () => {
  describe('given a newsroom post of ours captured as text', () => {
    itReadsTheCapture({
      ...OUR_POST,
      secondBullet: /^Audience: About 640,000 accounts/,
      dollarAmount: 'Less than $2,500 on ads',
      sectionOpensWith: 'This morning we removed 45 Pages',
      linkedText: ['Researchers at the Open Newsroom Project published', 'Our integrity team will keep watching'],
      furniture: [...NEWSROOM_FURNITURE, 'New Tools for Group Admins', 'Follow Northwind Newsroom'],
      lastParagraph: /A list of the removed Pages is linked below\.$/,
    });
  });

  describeWithSeed('given the seed report captured as text', () => {
    itReadsTheCapture({
      ...SEED_REPORT,
      secondBullet: /^Followers: About 1\.02 million accounts/,
      dollarAmount: 'Less than $100 in spending',
      sectionOpensWith: 'This morning we removed 82 Pages',
      linkedText: ["the Atlantic Council's Digital Forensic Research Lab.", 'Our elections war room has teams'],
      furniture: [...NEWSROOM_FURNITURE, 'Meta Partners With Arm', 'Follow Meta Newsroom'],
      lastParagraph: /A sample of posts is included below\.$/,
    });
  });

  describe('given Markdown with a # heading and sections', () => {
    const doc = normalizeText(
      '[Home](/) | [News](/news)\n\n# Quarterly Report\n\n## Results\n\nWe removed 5 networks.\n',
    );

    it('when normalised, then the # heading is the title and ## headings open sections', () => {
      expect(doc.title).toBe('Quarterly Report');
      expect(doc.sections).toEqual([
        {
          heading: 'Results',
          blocks: [
            { id: 'b0', kind: 'heading', text: 'Results', start: 18 },
            { id: 'b1', kind: 'paragraph', text: 'We removed 5 networks.', start: 27 },
          ],
        },
      ]);
    });
  });

  describe('given plain text with other bullet styles', () => {
    const doc = normalizeText(
      'A Title For The Post\n\nIntro sentence here.\n\n• first point\n2. second point\n* third point',
    );

    it('when normalised, then bullets, numbers and asterisks all make list items', () => {
      const items = allBlocks(doc).filter((block) => block.kind === 'list-item');
      expect(items.map((item) => item.text)).toEqual(['first point', 'second point', 'third point']);
    });
  });

  describe('given a hard-wrapped paragraph', () => {
    const doc = normalizeText(
      'Some Headline About Things\n\nThis paragraph was wrapped by an editor at a fixed width of\nsixty-odd characters, as plain text often is.',
    );

    it('when normalised, then the wrapped lines are one paragraph', () => {
      expect(allBlocks(doc).map((block) => block.text)).toEqual([
        'This paragraph was wrapped by an editor at a fixed width of sixty-odd characters, as plain text often is.',
      ]);
    });
  });

  describe('given a footer from another publisher after the article', () => {
    const doc = normalizeText(
      [
        'Company Blog',
        'How We Keep Elections Safe',
        'March 3, 2022',
        'We found and removed 12 networks this quarter.',
        'Related posts',
        'A different story entirely',
        'Privacy',
        'Terms',
        'Cookies',
        'Careers',
      ].join('\n\n'),
    );

    it('when normalised, then everything from the further-reading caption on is gone', () => {
      expect(doc.title).toBe('How We Keep Elections Safe');
      expect(allBlocks(doc).map((block) => block.text)).toEqual(['We found and removed 12 networks this quarter.']);
    });
  });

  describe('given a page that ends in a bare list of site links', () => {
    const doc = normalizeText(
      'An Update On Our Work\n\nWe removed 3 networks today.\n\nAbout us\n\nCareers\n\nPrivacy policy\n\nHelp',
    );

    it('when normalised, then the trailing run of short link lines is dropped', () => {
      expect(allBlocks(doc).map((block) => block.text)).toEqual(['We removed 3 networks today.']);
    });
  });

  describe('given empty or whitespace-only input', () => {
    it.each(['', '   \n\n \t'])('when normalised, then the document has no title and no blocks', (input) => {
      expect(normalizeText(input)).toEqual({ title: null, publishedAt: null, sections: [] });
    });
  });

  describe('given control characters and lone surrogates', () => {
    const doc = normalizeText('A Title With Noise\n\nBad\u0000 char\u0007s and a lone \uD800 surrogate here.');

    it('when normalised, then they are removed from the text', () => {
      expect(allBlocks(doc)[0].text).toBe('Bad chars and a lone surrogate here.');
    });
  });
});
