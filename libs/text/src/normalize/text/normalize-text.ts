import type { NormalizedDocument } from '../../model';
import type { WorkMeter } from '../../work-meter';
import { NO_METER } from '../../work-meter';
import { buildDocument } from '../build-document';
import { stripInvalidCharacters } from '../clean-text';
import { promoteImplicitHeadings } from '../implicit-headings';
import { plainLeadInLabel } from '../lead-in-label';
import type { HeaderCandidate } from '../page-header';
import { readPageHeader } from '../page-header';
import { trimBoilerplate } from '../trim-boilerplate';
import { readInline } from './markdown-inline';
import { splitMarkdownBlocks } from './markdown-blocks';

/** Normalises plain or Markdown-ish text (what reader views and copy-paste produce) into a document. */
export function normalizeText(text: string, meter: WorkMeter = NO_METER): NormalizedDocument {
  const header = readPageHeader(readTextBlocks(text, meter));
  const body = promoteImplicitHeadings(trimBoilerplate(header.blocks));
  return buildDocument({ ...header, blocks: body });
}

function readTextBlocks(text: string, meter: WorkMeter): HeaderCandidate[] {
  return splitMarkdownBlocks(stripInvalidCharacters(text), meter).map(({ kind, markdown, headingLevel }) => {
    const inline = readInline(markdown, meter);
    const label = inline.label ?? (kind === 'list-item' ? plainLeadInLabel(inline.text) : undefined);
    return { kind, text: inline.text, label, linkOnly: inline.linkOnly, headingLevel };
  });
}
