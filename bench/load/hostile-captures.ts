import type { SeededRandom } from './seeded-random';
import { seededRandom } from './seeded-random';

/**
 * Captures built to find super-linear work in the text pipeline (issue 13):
 * long runs of the characters that regexes and parsers treat specially, and
 * pages with far more figures, notes, rows, headings or nesting than a real
 * report has. Every body is ASCII, so its length in characters is its size in
 * bytes, and each is cut to exactly the size asked for.
 */
export interface HostileFamily {
  name: string;
  contentType: 'text/plain' | 'text/html';
  /** True when the page holds far more than 5,000 figures, so an analysis of it must say it was truncated. */
  figureHeavy: boolean;
  /** The body, exactly `bytes` bytes long; the same seed gives the same bytes. */
  generate(bytes: number, seed: number): string;
}

/** The stated-sum sentence of the first probe. */
export const STATED_SUM_SENTENCE = 'This morning we removed 82 Pages and 33 accounts in the review.';

/** Default CAPTURE_MAX_BYTES, the body limit of ingest. */
export const CAPTURE_LIMIT_BYTES = 5 * 1024 * 1024;

/** What a hostile body at "the limit" is sized to: the limit less room for a proxy's or a client's framing. */
export const HOSTILE_BODY_BYTES = CAPTURE_LIMIT_BYTES - 4 * 1024;

/** Repeats `unit()` (a fresh piece per call) after `head` until `bytes` is reached, then cuts to exactly `bytes`. */
function fill(bytes: number, head: string, unit: () => string, tail = ''): string {
  const room = bytes - tail.length;
  const parts = [head];
  let length = head.length;
  while (length < room) {
    const piece = unit();
    parts.push(piece);
    length += piece.length;
  }
  return (parts.join('').slice(0, Math.max(0, room)) + tail).slice(0, bytes);
}

/**
 * One unbroken run of `run` up to the size, inside a sentence: a line with no
 * words around it is dropped as page furniture before most steps would see it.
 */
function runFamily(name: string, run: string, closing = ' Updated', opening = ''): HostileFamily {
  return {
    name,
    contentType: 'text/plain',
    figureHeavy: false,
    generate: (bytes, seed) => {
      const random = seededRandom(seed);
      const head = `Review ${random.integer(1, 9)}\n\nWe removed ${random.integer(2, 99)} Pages and ${opening}`;
      return fill(bytes, head, () => run.repeat(4096), `${closing} accounts in the review.`);
    },
  };
}

/** A run alone on its line under a title: the shape that made ingest answer 500 for `*` and `_` runs. */
function bareRunFamily(name: string, run: string): HostileFamily {
  return {
    name,
    contentType: 'text/plain',
    figureHeavy: false,
    generate: (bytes, seed) =>
      fill(bytes, `Review ${seededRandom(seed).integer(1, 9)}\n\n`, () => run.repeat(4096), ' Updated'),
  };
}

/** A run between two figures inside a sentence, so the figure and URL masks see digits on both sides of it. */
function separatorFamily(name: string, separator: string): HostileFamily {
  return runFamily(name, separator, '7', '12');
}

const WORDS = ['network', 'review', 'accounts', 'pages', 'groups', 'update', 'region', 'policy', 'report', 'team'];
const MONTHS = ['January', 'March', 'May', 'July', 'October', 'December'];
const REASONS = [
  'to provide additional information',
  'to reflect updated figures',
  'to correct the number of accounts',
  'to include the latest findings',
];

function words(random: SeededRandom, count: number): string {
  return Array.from({ length: count }, () => random.pick(WORDS)).join(' ');
}

function noteLine(random: SeededRandom): string {
  const hour = random.integer(1, 12);
  const minute = String(random.integer(0, 59)).padStart(2, '0');
  const day = `${random.pick(MONTHS)} ${random.integer(1, 28)}, ${random.integer(2015, 2024)}`;
  return `[Updated on ${day} at ${hour}:${minute}${random.pick(['AM', 'PM'])} PT ${random.pick(REASONS)}.]\n\n`;
}

/** Every family, in the order the end-to-end test sends them: the three probes first. */
export const HOSTILE_FAMILIES: readonly HostileFamily[] = [
  {
    name: 'stated-sums',
    contentType: 'text/plain',
    figureHeavy: true,
    generate: (bytes) => fill(bytes, '', () => `${STATED_SUM_SENTENCE} `),
  },
  runFamily('open-brackets', '['),
  runFamily('dotted-digits', '1.1.', '1'),
  runFamily('nested-square-brackets', '[[[['),
  runFamily('nested-parentheses', '[a]((((', ')'),
  runFamily('asterisks', '****'),
  runFamily('underscores', '____'),
  bareRunFamily('bare-asterisks', '****'),
  bareRunFamily('bare-underscores', '____'),
  runFamily('backticks', '````'),
  runFamily('backslashes', '\\\\'),
  runFamily('www-dots', 'a.a.', 'a', 'www.'),
  separatorFamily('commas', ','),
  separatorFamily('dots', '.'),
  separatorFamily('dashes', '-'),
  separatorFamily('dollars', '$'),
  {
    name: 'digit-runs',
    contentType: 'text/plain',
    figureHeavy: false,
    generate: (bytes, seed) => {
      const random = seededRandom(seed);
      const run = () => '9876543210'.repeat(random.integer(10, 2_000));
      return fill(bytes, 'Review\n\n', () => `- The ${random.pick(WORDS)} had ${run()} accounts.\n`);
    },
  },
  {
    name: 'note-lines',
    contentType: 'text/plain',
    figureHeavy: false,
    generate: (bytes, seed) => {
      const random = seededRandom(seed);
      return fill(bytes, 'Review\n\n', () => noteLine(random));
    },
  },
  {
    name: 'headings',
    contentType: 'text/plain',
    figureHeavy: false,
    generate: (bytes, seed) => {
      const random = seededRandom(seed);
      return fill(bytes, 'Review\n\n', () => `${'#'.repeat(random.integer(1, 6))} ${words(random, 3)}\n\n`);
    },
  },
  {
    name: 'nested-divs',
    contentType: 'text/html',
    figureHeavy: false,
    generate: (bytes, seed) => {
      const random = seededRandom(seed);
      const head = `<html><head><title>Review</title></head><body><p>We removed ${random.integer(1, 99)} Pages.</p>`;
      // Each level opens before the last closes; a few words sit deep inside so the nesting holds text.
      return fill(
        bytes,
        head,
        () => `${'<div>'.repeat(1023)}<div>The ${random.pick(WORDS)} had ${random.integer(1, 99)} accounts.`,
      );
    },
  },
  {
    name: 'markdown-table',
    contentType: 'text/plain',
    figureHeavy: true,
    generate: (bytes, seed) => {
      const random = seededRandom(seed);
      const head = 'Review\n\n| Network | Pages | Groups | Accounts |\n| --- | --- | --- | --- |\n';
      const cell = () => random.integer(1, 99_999);
      return fill(bytes, head, () => `| ${random.pick(WORDS)} | ${cell()} | ${cell()} | ${cell()} |\n`);
    },
  },
  {
    name: 'html-table',
    contentType: 'text/html',
    figureHeavy: true,
    generate: (bytes, seed) => {
      const random = seededRandom(seed);
      const head =
        '<html><head><title>Review</title></head><body><table><tr><th>Network</th><th>Pages</th><th>Accounts</th></tr>';
      const cell = () => `<td>${random.integer(1, 99_999)}</td>`;
      return fill(bytes, head, () => `<tr><td>${random.pick(WORDS)}</td>${cell()}${cell()}</tr>`);
    },
  },
  {
    name: 'number-pages',
    contentType: 'text/plain',
    figureHeavy: true,
    generate: (bytes, seed) => {
      const random = seededRandom(seed);
      let page = 0;
      // One "page" is a heading and 50,000 numbers; pages follow one another up to the size.
      const nextPage = () => {
        const numbers = Array.from({ length: 50_000 }, () => random.integer(1, 999_999));
        return `## Page ${++page}\n\nThe review counted ${numbers.join(', ')} accounts.\n\n`;
      };
      return fill(bytes, 'Review\n\n', nextPage);
    },
  },
];

/** A family by name; throws on an unknown one so a typo cannot silently drop a family. */
export function hostileFamily(name: string): HostileFamily {
  const family = HOSTILE_FAMILIES.find((candidate) => candidate.name === name);
  if (!family) throw new Error(`no hostile family named ${name}`);
  return family;
}
