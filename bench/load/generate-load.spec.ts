import { extractFiguresFromText, parseAmendmentNote } from '@palimpsest/text';
import type { LoadCapture } from './generate-load';
import { generateLoad } from './generate-load';

const options = { seed: 2026, reports: 12, revisionsPerReport: 6, startAt: '2024-05-01T08:00:00.000Z' };

const notesIn = (text: string) => [...text.matchAll(/\*\*\[([^\]]+)\]\*\*/g)].map((match) => match[1]);
const valuesIn = (text: string) => extractFiguresFromText(text).map((figure) => `${figure.qualifier}|${figure.value}`);
const byReport = (captures: LoadCapture[], report: number) => captures.filter((capture) => capture.report === report);

describe(generateLoad.name, () => {
  const sut = generateLoad(options);

  it('given N reports and M revisions, then it returns N times M captures with distinct URLs per report', () => {
    expect(sut).toHaveLength(72);
    expect(new Set(sut.map((capture) => capture.url)).size).toBe(12);
  });

  it('given the same seed twice, then the load is identical, and a different seed changes it', () => {
    expect(generateLoad(options)).toEqual(sut);
    expect(generateLoad({ ...options, seed: 2027 }).map((capture) => capture.text)).not.toEqual(
      sut.map((capture) => capture.text),
    );
  });

  it('given the order, then every round comes before the next and each report is observed later at each revision', () => {
    expect(sut.map((capture) => capture.revision)).toEqual(
      [...sut.map((capture) => capture.revision)].sort((a, b) => a - b),
    );
    for (let report = 0; report < options.reports; report += 1) {
      const times = byReport(sut, report).map((capture) => Date.parse(capture.observedAt));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(new Set(times).size).toBe(options.revisionsPerReport);
    }
  });

  it('given an amended or requalified revision, then it adds exactly one amendment note the text library parses', () => {
    const edited = sut.filter((capture) => capture.edit === 'amended' || capture.edit === 'requalified');
    expect(edited.length).toBeGreaterThan(0);
    for (const capture of edited) {
      const previous = byReport(sut, capture.report)[capture.revision - 2];
      const notes = notesIn(capture.text);
      expect(notes).toHaveLength(notesIn(previous.text).length + 1);
      const added = notes.filter((note, index) => note !== notesIn(previous.text)[index])[0];
      expect(parseAmendmentNote(added)).toMatchObject({
        kind: 'update',
        effectiveAt: capture.observedAt.slice(0, 10),
      });
    }
  });

  it('given a silent edit, then a figure changes and no note is added', () => {
    const silent = sut.filter((capture) => capture.edit === 'silent');
    expect(silent.length).toBeGreaterThan(0);
    for (const capture of silent) {
      const previous = byReport(sut, capture.report)[capture.revision - 2];
      expect(notesIn(capture.text)).toEqual(notesIn(previous.text));
      expect(valuesIn(capture.text)).not.toEqual(valuesIn(previous.text));
    }
  });

  it('given a requalified revision, then the values stay and one qualifier differs', () => {
    const requalified = sut.filter((capture) => capture.edit === 'requalified');
    expect(requalified.length).toBeGreaterThan(0);
    for (const capture of requalified) {
      const previous = byReport(sut, capture.report)[capture.revision - 2];
      const before = extractFiguresFromText(previous.text).filter((figure) => !/\d{4}/.test(figure.text));
      const after = extractFiguresFromText(capture.text).filter((figure) => !/\d{4}/.test(figure.text));
      expect(after.map((figure) => figure.value)).toEqual(before.map((figure) => figure.value));
      expect(after.filter((figure, index) => figure.qualifier !== before[index].qualifier)).toHaveLength(1);
    }
  });
});
