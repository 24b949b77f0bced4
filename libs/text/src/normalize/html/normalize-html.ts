import type { NormalizedDocument } from '../../model';
import type { WorkMeter } from '../../work-meter';
import { NO_METER } from '../../work-meter';
import { buildDocument } from '../build-document';
import { cleanInlineText } from '../clean-text';
import { promoteImplicitHeadings } from '../implicit-headings';
import { readPageHeader } from '../page-header';
import { trimBoilerplate } from '../trim-boilerplate';
import { BlockWalker } from './block-walker';
import { findContentRoot } from './content-root';
import type { DomDocument, DomElement } from './dom';
import { parseDocument } from './dom';
import { contentTimeDate, metadataPublishedAt, metadataTitle } from './page-metadata';
import { stripBoilerplate } from './strip-boilerplate';

/** Normalises a captured HTML page: the article's title, publication day and body blocks, furniture removed. */
export function normalizeHtml(html: string, meter: WorkMeter = NO_METER): NormalizedDocument {
  meter.count('html-parse', html.length);
  const document = parseDocument(html);
  const declaredTitle = metadataTitle(document);
  const declaredDate = metadataPublishedAt(document);
  const root = findContentRoot(document, meter);
  const titleElement = findTitleElement(document, root, declaredTitle);
  stripBoilerplate(root, titleElement, meter);
  const header = readPageHeader(new BlockWalker(titleElement, meter).read(root));
  const title = header.title ?? textOf(titleElement) ?? declaredTitle;
  const publishedAt = declaredDate ?? contentTimeDate(root) ?? header.publishedAt;
  const blocks = promoteImplicitHeadings(trimBoilerplate(header.blocks));
  return buildDocument({ title, publishedAt, blocks });
}

/** The <h1> naming the article: the one the page's declared title agrees with, else the article's first. */
function findTitleElement(document: DomDocument, root: DomElement, declaredTitle: string | null): DomElement | null {
  const inRoot = Array.from(root.querySelectorAll('h1'));
  const everywhere = Array.from(document.querySelectorAll('h1'));
  const agrees = (heading: DomElement) => agreesWith(textOf(heading), declaredTitle);
  return inRoot.find(agrees) ?? everywhere.find(agrees) ?? inRoot.find((heading) => textOf(heading)) ?? null;
}

function agreesWith(headingText: string | null, declaredTitle: string | null): boolean {
  if (!headingText || !declaredTitle) return false;
  const heading = headingText.toLowerCase();
  const declared = declaredTitle.toLowerCase();
  return heading === declared || declared.includes(heading) || heading.includes(declared);
}

function textOf(element: DomElement | null): string | null {
  return cleanInlineText(element?.textContent ?? '') || null;
}
