import type { Block } from '../model';
import type { TextFigure } from './figure-draft';

// Spaces before a bar are taken from the start of their run only, so a long run of spaces is read once.
const CELL_SEPARATOR = /(?:(?<!\s)\s+)?\|\s*|\t+/g;

interface Cell {
  text: string;
  start: number;
  end: number;
}

/** Cells of a table row written with " | " or tabs, with offsets in the row's text. */
export function splitCells(text: string): Cell[] {
  const cells: Cell[] = [];
  let start = 0;
  for (const separator of text.matchAll(CELL_SEPARATOR)) {
    cells.push({ text: text.slice(start, separator.index).trim(), start, end: separator.index });
    start = separator.index + separator[0].length;
  }
  cells.push({ text: text.slice(start).trim(), start, end: text.length });
  return cells.filter((cell, index) => cell.text !== '' || index > 0);
}

/**
 * For each block, the row its column headings sit in: the nearest earlier row of the same table that holds no
 * figures, or -1. One pass; searching back from every row took time quadratic in a table of figures.
 */
export function headerRowIndexes(blocks: readonly Block[], hasFigures: (at: number) => boolean): number[] {
  let header = -1;
  return blocks.map((block, index) => {
    if (block.kind !== 'table-row') {
      header = -1;
      return -1;
    }
    const own = header;
    if (!hasFigures(index)) header = index;
    return own;
  });
}

/** The column headings a header row holds. */
export function headerCells(row: Block): string[] {
  return splitCells(row.text).map((cell) => cell.text);
}

/** In a table a figure counts its row heading under its column heading: "Spam / Q1 2022". */
export function tableLabel(figure: TextFigure, cells: readonly Cell[], headers: readonly string[]): string {
  const column = cells.findIndex((cell) => figure.start >= cell.start && figure.start < cell.end);
  if (cells.length < 2 || column < 0) return figure.label;
  const rowHeading = column > 0 ? cells[0].text : '';
  const parts = [rowHeading, headers[column] ?? ''].filter((part) => part !== '');
  return parts.length > 0 ? parts.join(' / ') : figure.label;
}

// A column heading that states its unit of account: "Adults reached (millions)", "Revenue ($bn)", "Requests ('000s)".
const COLUMN_SCALES: ReadonlyArray<[RegExp, number]> = [
  [/\((?:in\s+)?(?:[$€£]\s?)?(?:thousands?|'?000s?|k)\)/i, 1e3],
  [/\((?:in\s+)?(?:[$€£]\s?)?(?:millions?|m|mn|mln)\)/i, 1e6],
  [/\((?:in\s+)?(?:[$€£]\s?)?(?:billions?|bn|b)\)/i, 1e9],
];

/** A table figure written without a multiplier takes the one its column heading states. */
export function scaledByColumn(figure: TextFigure, cells: readonly Cell[], headers: readonly string[]): TextFigure {
  const column = cells.findIndex((cell) => figure.start >= cell.start && figure.start < cell.end);
  const heading = column >= 0 ? (headers[column] ?? '') : '';
  const scale = COLUMN_SCALES.find(([pattern]) => pattern.test(heading))?.[1];
  if (!scale || figure.unit === 'percent' || /\p{L}/u.test(figure.text)) return figure;
  return { ...figure, value: Number((figure.value * scale).toPrecision(15)) };
}
