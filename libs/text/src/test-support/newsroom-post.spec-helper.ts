import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSeed } from '@palimpsest/shared-folder';
import type { SectionSpec } from '../figures/test-documents.spec-helper';
import { documentFrom } from '../figures/test-documents.spec-helper';
import type { NormalizedDocument } from '../model';

/**
 * A newsroom post of our own, captured in text mode the way the seed is (site chrome, headline, date line,
 * audio player, labelled bullets, an [Updated on ...] note, downloads list and footer), so the unit tier
 * has a realistic page in every clone; the seed itself is read from the shared folder where it exists.
 */
export function readNewsroomPost(): string {
  return readFileSync(join(__dirname, 'fixtures', 'newsroom-post.txt'), 'utf8');
}

/** What every text spec knows of a newsroom capture: how to read it and how its article is laid out. */
export interface NewsroomCapture {
  read: () => string;
  title: string;
  publishedAt: string;
  /** The lead-in labels of its four bullets; the fourth, Events, closes with the update note. */
  labels: string[];
  /** The heading of its second section, the short line before the byline. */
  sectionHeading: string;
}

export const OUR_POST: NewsroomCapture = {
  read: readNewsroomPost,
  title: 'Removing a Network of Fake Local News Pages',
  publishedAt: '2024-03-14',
  labels: ['Pages and accounts', 'Audience', 'Spending', 'Events'],
  sectionHeading: 'What the Review Found',
};

export const SEED_REPORT: NewsroomCapture = {
  read: readSeed,
  title: 'Taking Down Coordinated Inauthentic Behavior from Iran',
  publishedAt: '2018-10-26',
  labels: ['Presence on Facebook and Instagram', 'Followers', 'Advertising', 'Events'],
  sectionHeading: "What We've Found So Far",
};

/** One article block; `markdown` keeps the capture's inline markup and, for a bullet, follows its lead-in label. */
interface ArticleBlock {
  markdown: string;
  label?: string;
}

interface ArticleSection {
  heading: string | null;
  blocks: ArticleBlock[];
}

export interface NewsroomArticle {
  title: string;
  dateLine: string;
  sections: ArticleSection[];
}

/** The article part of a newsroom capture: what lies between the page chrome above it and the downloads list below it. */
export function articleOf(capture: string): NewsroomArticle {
  const chunks = capture
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean);
  // Headline, date line and the audio player open the article; the downloads list closes it.
  const listen = indexWhere(chunks, (chunk) => chunk.includes('LISTEN TO ARTICLE'));
  const end = indexWhere(chunks, (chunk) => chunk === 'Downloads');
  const [title, dateLine] = chunks.slice(listen - 2, listen);
  return { title, dateLine, sections: sectionsOf(chunks.slice(listen + 1, end)) };
}

function indexWhere(chunks: string[], test: (chunk: string) => boolean): number {
  const index = chunks.findIndex(test);
  if (index < 0) throw new Error('the capture does not have the newsroom shape (audio player, then a Downloads list)');
  return index;
}

const DATE_LINE = /^[A-Z][a-z]+ \d{1,2}, \d{4}$/;
const isHeading = (chunk: string) =>
  !chunk.includes('\n') && !/[.!?:\])]$/.test(chunk) && !DATE_LINE.test(chunk) && !/^By [A-Z]/.test(chunk);

function sectionsOf(chunks: string[]): ArticleSection[] {
  const sections: ArticleSection[] = [{ heading: null, blocks: [] }];
  for (const chunk of chunks) {
    if (isHeading(chunk)) sections.push({ heading: chunk, blocks: [] });
    else sections[sections.length - 1].blocks.push(...blocksOf(chunk));
  }
  return sections;
}

function blocksOf(chunk: string): ArticleBlock[] {
  const lines = chunk.split('\n').map((line) => line.trim());
  if (!lines.every((line) => line.startsWith('- '))) return [{ markdown: lines.join(' ') }];
  return lines.map((line) => {
    const leadIn = /^- \*([^*]+?):\*\s*/.exec(line);
    return leadIn ? { label: leadIn[1], markdown: line.slice(leadIn[0].length) } : { markdown: line.slice(2) };
  });
}

const LINK = /\[([^[\]]+)\]\(([^)]*)\)/g;
const plainText = (markdown: string) => markdown.replace(LINK, '$1').replace(/\*\*/g, '').replace(/\\(.)/g, '$1');

/** A newsroom capture as the normaliser should read it: headline, then its blocks with labels and without markup. */
export function expectedDocument(capture: string): NormalizedDocument {
  const { title, sections } = articleOf(capture);
  const specs = sections.map(({ heading, blocks }): SectionSpec => [
    heading,
    blocks.map(({ markdown, label }) =>
      label ? { label, text: `${label}: ${plainText(markdown)}` } : plainText(markdown),
    ),
  ]);
  return documentFrom(title, specs);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const inlineHtml = (markdown: string) =>
  escapeHtml(markdown)
    .replace(LINK, '<a href="$2">$1</a>')
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/\\(.)/g, '$1');

// Publishers set lead-ins differently; rotating the styles covers the colon inside and outside the emphasis.
const LEAD_IN_STYLES = [
  (label: string) => `<em>${label}:</em>`,
  (label: string) => `<strong>${label}:</strong>`,
  (label: string) => `<em>${label}</em>:`,
];

function sectionHtml({ heading, blocks }: ArticleSection): string {
  const parts = heading ? [`<h2>${escapeHtml(heading)}</h2>`] : [];
  let items: string[] = [];
  const closeList = () => {
    if (items.length > 0) parts.push(`<ul>${items.join('')}</ul>`);
    items = [];
  };
  for (const { markdown, label } of blocks) {
    if (!label) {
      closeList();
      parts.push(`<p>${inlineHtml(markdown)}</p>`);
      continue;
    }
    const leadIn = LEAD_IN_STYLES[items.length % LEAD_IN_STYLES.length](escapeHtml(label));
    items.push(`<li>${leadIn} ${inlineHtml(markdown)}</li>`);
  }
  closeList();
  return parts.join('\n');
}

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

function isoDay(dateLine: string): string {
  const [month, day, year] = dateLine.replace(',', '').split(' ');
  const monthNumber = MONTHS.indexOf(month) + 1;
  return `${year}-${String(monthNumber).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * An HTML page of a newsroom capture's article inside furniture of our own: cookie banner, site header,
 * breadcrumbs, audio player, share bar, a table, tags, related and recent news, newsletter form and footer.
 */
export function newsroomPageHtml(capture: string): string {
  const { title, dateLine, sections } = articleOf(capture);
  const heading = escapeHtml(title);
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${heading} | Meta</title>
  <meta property="og:title" content="${heading} | Meta">
  <script>window.dataLayer = [];</script>
  <style>.x { color: red }</style>
</head>
<body>
  <div class="cookie-banner">We use cookies to remember your settings. <button>Accept</button></div>
  <header class="site-header"><a href="/">META</a><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
  <nav class="breadcrumbs"><a href="/">Home</a> › <a href="/news">Newsroom</a></nav>
  <main>
    <article>
      <header class="entry-header">
        <a class="back" href="/news">← Back to Newsroom</a>
        <h1>${heading}</h1>
        <time datetime="${isoDay(dateLine)}T09:00:00-07:00">${escapeHtml(dateLine)}</time>
        <div class="audio-player"><span>LISTEN TO ARTICLE</span></div>
      </header>
      <div class="share-bar"><a href="#">Share this article</a><a href="https://facebook.com/sharer">Facebook</a><a href="https://twitter.com/intent">Twitter</a></div>
      <div class="entry-content">
${sections.map(sectionHtml).join('\n')}
        <table><tr><th>Network</th><th>Pages</th></tr><tr><td>Iran</td><td>30</td></tr></table>
      </div>
      <div class="post-tags"><span>Tags:</span> <a href="#">Elections</a>, <a href="#">Security News</a></div>
      <section>
        <h3>Related News</h3>
        <article><a href="#">Expanding Our Fact-Checking Programme to Ten More Countries</a></article>
      </section>
    </article>
    <aside><h3>Recent News</h3><ul><li><a href="#">New Controls for Message Requests</a></li></ul></aside>
  </main>
  <form class="newsletter"><label>Get our newsletter</label><input type="email"><button>Subscribe</button></form>
  <footer><p>Follow Meta Newsroom</p><ul><li><a href="#">Press Resources</a></li></ul></footer>
</body>
</html>
`;
}
