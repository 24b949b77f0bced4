import { DomDocument, DomElement } from './dom';

// Where publishers put the article itself, most specific first.
const CONTENT_ROOTS = ['article', '[itemprop="articleBody"]', 'main', '[role="main"]'];

/**
 * The element holding the article. With several <article>s (teasers in a
 * related list), the one with the most text is the story.
 */
export function findContentRoot(document: DomDocument): DomElement {
  for (const selector of CONTENT_ROOTS) {
    const candidates = Array.from(document.querySelectorAll(selector));
    if (candidates.length === 0) continue;
    return candidates.reduce((best, candidate) => (textLength(candidate) > textLength(best) ? candidate : best));
  }
  const body = document.body;
  return body && textLength(body) > 0 ? body : document.documentElement;
}

export function textLength(element: DomElement): number {
  return (element.textContent ?? '').trim().length;
}
