import type { Block, BlockKind, NormalizedDocument } from '../model';

export interface BlockSpec {
  text: string;
  label?: string;
  kind?: BlockKind;
}

export type SectionSpec = [heading: string | null, blocks: Array<string | BlockSpec>];

/** A document whose offsets are those of `documentText`: title and blocks joined by blank lines. */
export function documentFrom(title: string | null, sections: SectionSpec[]): NormalizedDocument {
  let start = title ? title.length + 2 : 0;
  let index = 0;
  return {
    title,
    publishedAt: null,
    sections: sections.map(([heading, specs]) => ({
      heading,
      blocks: specs.map((spec): Block => {
        const { text, label, kind } =
          typeof spec === 'string' ? { text: spec, label: undefined, kind: undefined } : spec;
        const block: Block = { id: `b${index}`, kind: kind ?? (label ? 'list-item' : 'paragraph'), text, start };
        if (label) block.label = label;
        index += 1;
        start += text.length + 2;
        return block;
      }),
    })),
  };
}

/** The canonical text of a document built by `documentFrom`. */
export function textOf(doc: NormalizedDocument): string {
  const parts = doc.title ? [doc.title] : [];
  for (const section of doc.sections) for (const block of section.blocks) parts.push(block.text);
  return parts.join('\n\n');
}
