import { findAmendments } from './amendments';
import { extractFigures, findNumbers } from './figures';
import type { NormalizedDocument } from './model';
import { normalizeCapture, normalizeHtml, normalizeText } from './normalize';
import type { WorkMeter } from './work-meter';
import { CountingMeter } from './work-meter';

// Each text step counts its work (characters scanned, candidates considered) on a hostile input of size n and
// 4n. Linear work grows about 4x; the old patterns and loops grew 16x on these inputs. Nothing here is timed.
const N = 25_000;
const MAX_GROWTH = 4.4;

type Hostile = (n: number) => string;

function workOn(make: Hostile, n: number, step: (input: string, meter: WorkMeter) => unknown): number {
  const meter = new CountingMeter();
  step(make(n), meter);
  return meter.total();
}

function expectLinear(make: Hostile, step: (input: string, meter: WorkMeter) => unknown): void {
  const small = workOn(make, N, step);
  const large = workOn(make, 4 * N, step);
  expect(small).toBeGreaterThan(0);
  expect(large / small).toBeLessThanOrEqual(MAX_GROWTH);
}

/** `unit` repeated to about n characters. */
const repeat =
  (unit: string, before = '', after = ''): Hostile =>
  (n) =>
    before + unit.repeat(Math.ceil(n / unit.length)) + after;

describe('counted work grows linearly on hostile input', () => {
  describe('given Markdown-ish text, when normalised', () => {
    const cases: Record<string, Hostile> = {
      'a run of "[" (the probe of issue 13)': repeat('[', 'Review\n\n', 'Updated'),
      'a run of "![" with no closing bracket': repeat('!['),
      'links whose destinations never close': repeat('[a](('),
      'empty links opening groups': repeat('[](()'),
      'reference links that never close': repeat('[a]['),
      'brackets nested deep': (n) => `${'['.repeat(n / 2)}x${']'.repeat(n / 2)}`,
      'emphasis nested deep': (n) => `${'**_'.repeat(n / 6)}x${'_**'.repeat(n / 6)}`,
      'bold openings that never close': repeat('**a '),
      'a run of "*"': repeat('*', 'a '),
      'a run of "_"': repeat('_', 'a '),
      'a run of "~~"': repeat('~~', 'a '),
      'a run of backticks': repeat('`', 'a '),
      'a run of backslashes': repeat('\\', 'a '),
      'autolinks that never close': repeat('<http:'),
      'a heading line of spaces': repeat(' ', '# a', '#x'),
      'a bullet line of spaces': repeat(' ', '- ', '\u2028'),
      'a line of aligned columns that never close': repeat(' ', 'a    b', 'x'),
      'many short lines': repeat('Update\n\n'),
    };
    it.each(Object.entries(cases))('%s', (_name, make) => {
      expectLinear(make, (text, meter) => normalizeText(text, meter));
    });
  });

  describe('given HTML, when normalised', () => {
    const cases: Record<string, Hostile> = {
      'many paragraphs': repeat('<p>One.</p>'),
      'inline elements nested deep': (n) => `<p>${'<span><b>'.repeat(n / 18)}x${'</b></span>'.repeat(n / 18)}</p>`,
      'a paragraph of "["': repeat('[', '<p>', '</p><p>a</p><p>b</p>'),
      'a table of figures': repeat('<tr><td>Spam</td><td>1,234</td></tr>', '<table>', '</table>'),
      'articles nested deep': (n) => `${'<article>'.repeat(n / 20)}x${'</article>'.repeat(n / 20)}`,
      'page furniture nested deep': (n) => `${'<aside>'.repeat(n / 16)}x${'</aside>'.repeat(n / 16)}<p>Body.</p>`,
      'headers nested deep': (n) => `${'<header>'.repeat(n / 18)}x${'</header>'.repeat(n / 18)}<p>Body.</p>`,
      'widgets nested deep': (n) => `${'<div class="share">'.repeat(n / 25)}x${'</div>'.repeat(n / 25)}<p>Body.</p>`,
    };
    it.each(Object.entries(cases))('%s', (_name, make) => {
      expectLinear(make, (html, meter) => normalizeHtml(html, meter));
    });

    it('and when read as a capture, the same count comes from the HTML reader', () => {
      expectLinear(repeat('<p>One.</p>'), (html, meter) => normalizeCapture({ html }, meter));
    });
  });

  describe('given note-like text, when amendments are found', () => {
    const note = 'Updated on October 26, 2018 at 1:30PM PT to provide more details.';
    const cases: Record<string, Hostile> = {
      'many note lines, each its own block': repeat(`${note}\n\n`),
      'many note lines wrapped into one paragraph': repeat(`${note.slice(0, -1)}\n`),
      'many sentences that open like notes but are not': repeat('Update later. '),
      'many bracketed asides that never close': repeat('(update '),
      'many bracketed notes': repeat(`[${note}] `),
      'a note ending in a run of closing brackets': repeat(')', 'Correction: the figure was wrong'),
    };
    it.each(Object.entries(cases))('%s', (_name, make) => {
      expectLinear(make, (text, meter) => findAmendments(normalizeText(text), meter));
    });
  });

  describe('given number-heavy text, when figures are found', () => {
    const cases: Record<string, Hostile> = {
      'a dotted run of ones (the probe of issue 13)': repeat('1.'),
      'a dotted run of letters': repeat('a.'),
      'a hyphenated run': repeat('a-'),
      'a run of "www."': repeat('www.'),
      'a page of numbers': repeat('12345 '),
      'one long digit run': repeat('1'),
      'a run of commas': repeat(',', '1'),
      'a run of dots': repeat('.', '1'),
      'a run of dollar signs': repeat('$', '', '1'),
      'a run of section signs': repeat('§', '', 'x'),
      'thousands grouped without end': repeat(',000', '1'),
      'a run of spaces before a bar': repeat(' ', '1', 'x'),
      'a list of section numbers': repeat(', 1', 'Section 1', 'x'),
      'a version number without end': repeat('1.', 'version '),
    };
    it.each(Object.entries(cases))('%s', (_name, make) => {
      expectLinear(make, (text, meter) => findNumbers(text, [], meter));
    });

    it('a huge table of figures under one heading row', () => {
      const table = (n: number) =>
        `Spam report\n\n| Kind | Q1 (millions) |\n${'| Spam | 1,234 |\n'.repeat(Math.ceil(n / 17))}`;
      expectLinear(table, (text, meter) => extractFigures(normalizeText(text), {}, meter));
    });

    it('many amendment notes excluded from many blocks', () => {
      const text = repeat('[Updated on October 26, 2018: 12 more.]\n\nWe removed 3 posts.\n\n');
      const withNotes = (doc: NormalizedDocument, meter: WorkMeter) =>
        extractFigures(doc, { exclude: findAmendments(doc) }, meter);
      expectLinear(text, (input, meter) => withNotes(normalizeText(input), meter));
    });
  });
});
