import type { Block, Figure, NormalizedDocument } from '../model';
import type { WorkMeter } from '../work-meter';
import { NO_METER } from '../work-meter';
import { extractFiguresFromText } from './extract-from-text';
import { assignKeys } from './figure-keys';
import { footnoteLeadSpans } from './footnote-lines';
import type { TextFigure } from './figure-draft';
import type { Span } from './span';
import { headerCells, headerRowIndexes, scaledByColumn, splitCells, tableLabel } from './table-cells';

export interface ExtractFiguresOptions {
  /** Spans of the document text (amendment notes) whose numbers are not figures of the report. */
  exclude?: ReadonlyArray<Span>;
}

type Located = TextFigure & { blockId: string };

/**
 * The excluded spans overlapping each block, relative to it. Blocks come in document order, so one sweep over
 * the spans sorted by start serves them all; filtering every span for every block grew with their product.
 */
function exclusionsByBlock(blocks: readonly Block[], exclude: ReadonlyArray<Span>, meter: WorkMeter): Span[][] {
  const sorted = [...exclude].sort((a, b) => a.start - b.start);
  let open: Span[] = [];
  let next = 0;
  return blocks.map((block) => {
    const end = block.start + block.text.length;
    open = open.filter((span) => span.end > block.start);
    for (; next < sorted.length && sorted[next].start < end; next++) {
      if (sorted[next].end > block.start) open.push(sorted[next]);
    }
    meter.count('extract-figures', 1 + open.length);
    return open.map((span) => ({ start: span.start - block.start, end: span.end - block.start }));
  });
}

function sectionFigures(
  blocks: readonly Block[],
  heading: string | null,
  exclusions: readonly Span[][],
  meter: WorkMeter,
): Located[] {
  const perBlock = blocks.map((block, index) =>
    extractFiguresFromText(block.text, block.label ?? heading, { exclude: exclusions[index] }, meter),
  );
  const headerRows = headerRowIndexes(blocks, (at) => perBlock[at].length > 0);
  const headerTexts = new Map<number, string[]>();
  const headersAt = (at: number) => {
    if (at < 0) return [];
    if (!headerTexts.has(at)) headerTexts.set(at, headerCells(blocks[at]));
    return headerTexts.get(at) as string[];
  };
  return blocks.flatMap((block, index) => {
    const figures = perBlock[index];
    if (block.kind !== 'table-row' || figures.length === 0)
      return figures.map((figure) => ({ ...figure, blockId: block.id }));
    const cells = splitCells(block.text);
    const headers = headersAt(headerRows[index]);
    return figures.map((figure) => ({
      ...scaledByColumn(figure, cells, headers),
      label: tableLabel(figure, cells, headers),
      blockId: block.id,
    }));
  });
}

/** Every figure in the document body with a key unique in the document; offsets are into `documentText(doc)`. */
export function extractFigures(
  doc: NormalizedDocument,
  options: ExtractFiguresOptions = {},
  meter: WorkMeter = NO_METER,
): Figure[] {
  const exclude = [...(options.exclude ?? []), ...footnoteLeadSpans(doc)];
  const blocks = doc.sections.flatMap((section) => section.blocks);
  const exclusions = exclusionsByBlock(blocks, exclude, meter);
  let first = 0;
  const located = doc.sections.flatMap((section) => {
    const count = section.blocks.length;
    first += count;
    return sectionFigures(section.blocks, section.heading, exclusions.slice(first - count, first), meter);
  });
  const offsets = new Map(doc.sections.flatMap((section) => section.blocks.map((block) => [block.id, block.start])));
  const keys = assignKeys(located);
  return located.map((figure, index) => {
    const base = offsets.get(figure.blockId) ?? 0;
    return {
      key: keys[index],
      value: figure.value,
      qualifier: figure.qualifier,
      unit: figure.unit,
      text: figure.text,
      label: figure.label,
      section: figure.section,
      blockId: figure.blockId,
      start: base + figure.start,
      end: base + figure.end,
    };
  });
}
