import { describeWithSeed } from '@palimpsest/shared-folder';
import type { Figure, NormalizedDocument } from '../model';
import { expectedDocument, OUR_POST, SEED_REPORT } from '../test-support/newsroom-post.spec-helper';
import { extractFigures } from './extract-figures';
import { documentFrom, textOf } from './test-documents.spec-helper';

function noteSpan(text: string) {
  const note = /\[Updated on [^\]]+\]/.exec(text);
  if (!note) throw new Error('the capture has no bracketed update note');
  return { start: note.index, end: note.index + note[0].length };
}

const summary = (figure: Figure) => [figure.section, figure.value, figure.unit, figure.qualifier];

/** A newsroom capture with an update note, and the figures of its report. */
interface FigureReport {
  read: () => string;
  summaries: Array<[section: string | null, value: number, unit: string, qualifier: Figure['qualifier']]>;
  texts: string[];
  labels: string[];
  keys: string[];
  /** Texts, case kept, that hold numbers but are not figures: dates, times, idioms, words inside the note. */
  notFigures: string[];
}

function itFindsTheFigures(report: FigureReport): void {
  let doc: NormalizedDocument;
  let figures: Figure[];
  beforeAll(() => {
    doc = expectedDocument(report.read());
    figures = extractFigures(doc, { exclude: [noteSpan(textOf(doc))] });
  });

  it('then it finds exactly the report figures with their sections, units and qualifiers', () => {
    expect(figures.map(summary)).toEqual(report.summaries);
  });

  it('then each figure text is the exact span at its offsets, qualifier and currency included', () => {
    const text = textOf(doc);
    expect(figures.map((figure) => figure.text)).toEqual(report.texts);
    for (const figure of figures) expect(text.slice(figure.start, figure.end)).toBe(figure.text);
  });

  it('then the labels name what is counted', () => {
    expect(figures.map((figure) => figure.label)).toEqual(expect.arrayContaining(report.labels));
  });

  it('then the keys are readable, section first, and unique', () => {
    const keys = figures.map((figure) => figure.key);
    expect(keys).toEqual(expect.arrayContaining(report.keys));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('then no figure comes from dates, the update time or idioms', () => {
    const texts = figures.map((figure) => figure.text);
    for (const absent of report.notFigures) expect(texts).not.toContain(absent);
  });
}

describe(extractFigures.name, () => {
  describe('given a newsroom post of ours with its update note excluded', () => {
    itFindsTheFigures({
      read: OUR_POST.read,
      summaries: [
        [null, 1500, 'count', 'more_than'],
        ['What the Review Found', 45, 'count', 'exact'],
        ['What the Review Found', 3, 'count', 'exact'],
        ['Pages and accounts', 18, 'count', 'exact'],
        ['Pages and accounts', 21, 'count', 'exact'],
        ['Pages and accounts', 2, 'count', 'exact'],
        ['Pages and accounts', 4, 'count', 'exact'],
        ['Audience', 640000, 'count', 'about'],
        ['Audience', 9000, 'count', 'less_than'],
        ['Spending', 2500, 'USD', 'less_than'],
        ['Spending', 12, 'count', 'exact'],
        ['Events', 5, 'count', 'exact'],
        ['Events', 340, 'count', 'exact'],
        ['Events', 3, 'count', 'exact'],
      ],
      texts: [
        'more than 1,500',
        '45',
        'three',
        '18',
        '21',
        '2',
        '4',
        'About 640,000',
        'fewer than 9,000',
        'Less than $2,500',
        'twelve',
        'Five',
        '340',
        'three',
      ],
      labels: [
        'Pages',
        'accounts on our photo app',
        'accounts followed one or more of these Pages',
        'accounts joined these Groups',
        'people said they would attend at least one of these events',
        'events drew no replies',
      ],
      keys: ['pages-and-accounts/page', 'audience/account-follow-page', 'spending/ads'],
      // "one operator", "one or more", and the note's "five" (the figure is "Five events listed").
      notFigures: ['2024', '14', '4:15', 'one', 'five'],
    });
  });

  describeWithSeed('given the seed report with its update note excluded', () => {
    itFindsTheFigures({
      read: SEED_REPORT.read,
      summaries: [
        [null, 20000, 'count', 'more_than'],
        ["What We've Found So Far", 82, 'count', 'exact'],
        ['Presence on Facebook and Instagram', 30, 'count', 'exact'],
        ['Presence on Facebook and Instagram', 33, 'count', 'exact'],
        ['Presence on Facebook and Instagram', 3, 'count', 'exact'],
        ['Presence on Facebook and Instagram', 16, 'count', 'exact'],
        ['Followers', 1020000, 'count', 'about'],
        ['Followers', 25000, 'count', 'about'],
        ['Followers', 28000, 'count', 'more_than'],
        ['Advertising', 100, 'USD', 'less_than'],
        ['Advertising', 2, 'count', 'exact'],
        ['Events', 7, 'count', 'exact'],
        ['Events', 110, 'count', 'exact'],
        ['Events', 2, 'count', 'exact'],
      ],
      texts: [
        'over 20,000',
        '82',
        '30',
        '33',
        '3',
        '16',
        'About 1.02 million',
        'about 25,000',
        'more than 28,000',
        'Less than $100',
        'two',
        'Seven',
        '110',
        'two',
      ],
      labels: [
        'Pages',
        'Facebook accounts',
        'accounts followed at least one of these Pages',
        'accounts joined at least one of these Groups',
        'people expressed interest in at least one of these events',
        'events received no interest',
      ],
      keys: ['presence-on-facebook-and-instagram/page', 'followers/account-follow-page', 'advertising/spending'],
      // "one week ago", "no one organization", and the note's "seven" (the figure is "Seven events hosted").
      notFigures: ['2016', '2018', '26', '1:30', 'one', 'seven'],
    });
  });

  it('given an excluded span, when extracted, then its numbers yield no figures and the rest still do', () => {
    const doc = documentFrom(null, [['Update', ['We removed 5 accounts. Update: we removed 3 more accounts.']]]);
    const text = textOf(doc);
    const exclude = [{ start: text.indexOf('Update:'), end: text.length }];
    expect(extractFigures(doc, { exclude }).map((figure) => figure.value)).toEqual([5]);
    expect(extractFigures(doc).map((figure) => figure.value)).toEqual([5, 3]);
  });

  it('given a summary sentence and a bullet repeating its number, when extracted, then their keys differ', () => {
    const doc = documentFrom(null, [
      ['Summary', ['We removed 30 Pages today.', { label: 'Presence', text: 'Presence: 30 Pages on Facebook.' }]],
    ]);
    const [summaryFigure, bullet] = extractFigures(doc);
    expect(summaryFigure.key).not.toBe(bullet.key);
  });

  it('given two figures that would share a key, when extracted, then the later one gets an ordinal suffix', () => {
    const doc = documentFrom(null, [['Events', ['Seven events hosted.', 'Three events hosted.']]]);
    expect(extractFigures(doc).map((figure) => figure.key)).toEqual(['events/event-hosted', 'events/event-hosted~2']);
  });

  describe('given a figure reworded between revisions', () => {
    const keyOf = (sentence: string) => extractFigures(documentFrom(null, [['Followers', [sentence]]]))[0].key;

    it('when the number and qualifier change, then the key stays', () => {
      expect(keyOf('More than 1.1 million accounts followed at least one of these Pages.')).toBe(
        keyOf('About 1.02 million accounts followed at least one of these Pages.'),
      );
    });

    it('when "at least one of" becomes "one or more of", then the key stays', () => {
      expect(keyOf('About 1.1 million accounts followed one or more of these Pages.')).toBe(
        keyOf('About 1.02 million accounts followed at least one of these Pages.'),
      );
    });

    it('when the counted noun moves into a prepositional phrase, then the key stays', () => {
      expect(keyOf('16 accounts on Instagram.')).toBe(keyOf('16 Instagram accounts.'));
    });

    it('when the sentence moves within its section, then the key stays', () => {
      const first = documentFrom(null, [['Events', ['Seven events hosted.', '110 people expressed interest.']]]);
      const moved = documentFrom(null, [['Events', ['110 people expressed interest.', 'Seven events hosted.']]]);
      const keys = (doc: typeof first) =>
        extractFigures(doc)
          .map((figure) => figure.key)
          .sort();
      expect(keys(moved)).toEqual(keys(first));
    });
  });

  it('given a block with a bullet label, when extracted, then the label is the section', () => {
    const doc = documentFrom(null, [['Heading', [{ label: 'Followers', text: 'Followers: 12 accounts.' }]]]);
    expect(extractFigures(doc)[0].section).toBe('Followers');
  });

  it('given a block under a heading without a label, when extracted, then the heading is the section', () => {
    const doc = documentFrom(null, [['Heading', ['We removed 12 accounts.']]]);
    expect(extractFigures(doc)[0]).toMatchObject({ section: 'Heading', blockId: 'b0', key: 'heading/account' });
  });

  it('given a block before any heading, when extracted, then the section is null and the key says document', () => {
    const doc = documentFrom('Title', [[null, ['We removed 12 accounts.']]]);
    expect(extractFigures(doc)[0]).toMatchObject({ section: null, key: 'document/account', start: 18, end: 20 });
  });

  describe('given a table', () => {
    const doc = documentFrom(null, [
      [
        'Content actioned',
        [
          { kind: 'table-row', text: 'Policy | Q1 2022 | Q2 2022' },
          { kind: 'table-row', text: 'Spam | 1.2 billion | 1.9 billion' },
          { kind: 'table-row', text: 'Fake accounts | 1.6 billion | 1.4 billion' },
        ],
      ],
    ]);

    it('then every cell value is a figure and no header is', () => {
      expect(extractFigures(doc).map((figure) => figure.value)).toEqual([1.2e9, 1.9e9, 1.6e9, 1.4e9]);
    });

    it('then each figure is labelled by its row and column headings and keyed apart', () => {
      const figures = extractFigures(doc);
      expect(figures[0].label).toBe('Spam / Q1 2022');
      expect(figures[3].label).toBe('Fake accounts / Q2 2022');
      expect(new Set(figures.map((figure) => figure.key)).size).toBe(4);
    });
  });

  // Cost is shown by counted work in linear-growth.spec.ts; here, that every number is read.
  it('given a block of 10,000 numbers, when extracted, then each is a figure', () => {
    const text = Array.from({ length: 10_000 }, (_, index) => `${index + 1} accounts`).join(', ');
    const figures = extractFigures(documentFrom(null, [['Numbers', [text]]]));
    expect(figures).toHaveLength(10_000);
  });
});
