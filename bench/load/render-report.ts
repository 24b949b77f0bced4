import type { FigureState } from './figure-state';
import { writeFigure } from './figure-state';
import type { ReportTemplate } from './report-templates';

export interface ReportText {
  template: ReportTemplate;
  /** ISO date of publication, e.g. "2021-03-04". */
  publishedOn: string;
  figures: readonly FigureState[];
  /** Amendment notes in the order they were added, each written after the bullet it amends. */
  notes: readonly { figureIndex: number; note: string }[];
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "October 26, 2018" from "2018-10-26". */
export function longDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${MONTHS[month - 1]} ${day}, ${year}`;
}

/** The report as plain text in the newsroom shape the seed has: title, date line, intro, one bullet per figure. */
export function renderReport(report: ReportText): string {
  const bullets = report.template.figures.map((slot, index) => {
    const sentence = slot.sentence.replace('{figure}', writeFigure(slot, report.figures[index]));
    const notes = report.notes.filter((note) => note.figureIndex === index).map((note) => ` **[${note.note}]**`);
    return `- *${slot.section}:* ${sentence[0].toUpperCase()}${sentence.slice(1)}${notes.join('')}`;
  });
  return [report.template.title, longDate(report.publishedOn), report.template.intro, ...bullets].join('\n\n') + '\n';
}
