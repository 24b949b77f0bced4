import { Block, Figure, NormalizedDocument } from '../model';
import { extractFiguresFromText } from './extract-from-text';
import { assignKeys } from './figure-keys';
import { footnoteLeadSpans } from './footnote-lines';
import { TextFigure } from './figure-draft';
import { Span } from './mention-findings';
import { headerCells, scaledByColumn, splitCells, tableLabel } from './table-cells';

export interface ExtractFiguresOptions {
  /** Spans of the document text (amendment notes) whose numbers are not figures of the report. */
  exclude?: ReadonlyArray<Span>;
}

type Located = TextFigure & { blockId: string };

function excludedWithin(block: Block, exclude: ReadonlyArray<Span>): Span[] {
  const end = block.start + block.text.length;
  return exclude
    .filter((span) => span.start < end && span.end > block.start)
    .map((span) => ({ start: span.start - block.start, end: span.end - block.start }));
}

function blockFigures(block: Block, section: string | null, exclude: ReadonlyArray<Span>): TextFigure[] {
  return extractFiguresFromText(block.text, block.label ?? section, { exclude: excludedWithin(block, exclude) });
}

function sectionFigures(blocks: readonly Block[], heading: string | null, exclude: ReadonlyArray<Span>): Located[] {
  const perBlock = blocks.map((block) => blockFigures(block, heading, exclude));
  const hasFigures = (at: number) => perBlock[at].length > 0;
  return blocks.flatMap((block, index) => {
    const figures = perBlock[index];
    if (block.kind !== 'table-row' || figures.length === 0)
      return figures.map((figure) => ({ ...figure, blockId: block.id }));
    const cells = splitCells(block.text);
    const headers = headerCells(blocks, index, hasFigures);
    return figures.map((figure) => ({
      ...scaledByColumn(figure, cells, headers),
      label: tableLabel(figure, cells, headers),
      blockId: block.id,
    }));
  });
}

/** Every figure in the document body with a key unique in the document; offsets are into `documentText(doc)`. */
export function extractFigures(doc: NormalizedDocument, options: ExtractFiguresOptions = {}): Figure[] {
  const exclude = [...(options.exclude ?? []), ...footnoteLeadSpans(doc)];
  const located = doc.sections.flatMap((section) => sectionFigures(section.blocks, section.heading, exclude));
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
