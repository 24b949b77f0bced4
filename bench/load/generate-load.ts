import type { FigureState } from './figure-state';
import { driftFigure, initialFigure, requalifyFigure } from './figure-state';
import type { ReportText } from './render-report';
import { renderReport, longDate } from './render-report';
import { REPORT_TEMPLATES } from './report-templates';
import type { SeededRandom } from './seeded-random';
import { seededRandom } from './seeded-random';

/** How a revision differs from the one before: a figure amended with a note, requalified with a note, or changed silently. */
export type LoadEdit = 'initial' | 'amended' | 'requalified' | 'silent';

export interface LoadCapture {
  url: string;
  text: string;
  /** ISO instant the capture was taken. */
  observedAt: string;
  /** 0-based report number and 1-based revision number. */
  report: number;
  revision: number;
  edit: LoadEdit;
}

export interface LoadOptions {
  seed: number;
  reports: number;
  revisionsPerReport: number;
  /** ISO instant of the first capture; later ones are spaced from it (time comes in, it is never read). */
  startAt: string;
  baseUrl?: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const EDITS: readonly LoadEdit[] = ['amended', 'amended', 'requalified', 'silent'];

/** Report n is published n minutes after the start; its revisions are captured hours apart. */
function captureTime(options: LoadOptions, report: number, revision: number): Date {
  return new Date(Date.parse(options.startAt) + report * MINUTE + (revision - 1) * 6 * HOUR);
}

function firstText(options: LoadOptions, report: number, random: SeededRandom): ReportText {
  const template = REPORT_TEMPLATES[report % REPORT_TEMPLATES.length];
  const publishedOn = captureTime(options, report, 1).toISOString().slice(0, 10);
  return { template, publishedOn, figures: template.figures.map((slot) => initialFigure(slot, random)), notes: [] };
}

function editText(previous: ReportText, edit: LoadEdit, observedAt: Date, random: SeededRandom): ReportText {
  const figureIndex = random.integer(0, previous.figures.length - 1);
  const change = edit === 'requalified' ? requalifyFigure : driftFigure;
  const figures: FigureState[] = previous.figures.map((figure, index) =>
    index === figureIndex ? change(figure, random) : figure,
  );
  if (edit === 'silent') return { ...previous, figures };
  const section = previous.template.figures[figureIndex].section.toLowerCase();
  const note = `Updated on ${longDate(observedAt.toISOString().slice(0, 10))} to revise the figure on ${section}.`;
  return { ...previous, figures, notes: [...previous.notes, { figureIndex, note }] };
}

/**
 * N reports times M revisions, ordered round by round (every report's revision 1, then every revision 2, ...),
 * so streaming them in order keeps each report's revisions in order while spreading reports over partitions.
 */
export function generateLoad(options: LoadOptions): LoadCapture[] {
  const random = seededRandom(options.seed);
  const baseUrl = options.baseUrl ?? 'https://newsroom.example.org';
  const texts = Array.from({ length: options.reports }, (_, report) => firstText(options, report, random));
  const captures: LoadCapture[] = [];
  for (let revision = 1; revision <= options.revisionsPerReport; revision += 1) {
    for (let report = 0; report < options.reports; report += 1) {
      const observedAt = captureTime(options, report, revision);
      const edit: LoadEdit = revision === 1 ? 'initial' : random.pick(EDITS);
      if (revision > 1) texts[report] = editText(texts[report], edit, observedAt, random);
      const url = `${baseUrl}/${texts[report].template.slug}/${String(report).padStart(5, '0')}`;
      captures.push({
        url,
        text: renderReport(texts[report]),
        observedAt: observedAt.toISOString(),
        report,
        revision,
        edit,
      });
    }
  }
  return captures;
}
