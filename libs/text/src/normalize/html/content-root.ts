import type { WorkMeter } from '../../work-meter';
import { NO_METER } from '../../work-meter';
import type { DomDocument, DomElement } from './dom';
import { TreeMeasure } from './tree-measure';

// Where publishers put the article itself, most specific first.
const CONTENT_ROOTS = ['article', '[itemprop="articleBody"]', 'main', '[role="main"]'];

/**
 * The element holding the article. With several <article>s (teasers in a
 * related list), the one with the most text is the story.
 */
export function findContentRoot(document: DomDocument, meter: WorkMeter = NO_METER): DomElement {
  const measure = new TreeMeasure(document.documentElement, meter);
  for (const selector of CONTENT_ROOTS) {
    const candidates = Array.from(document.querySelectorAll(selector));
    meter.count('html-measure', candidates.length);
    if (candidates.length === 0) continue;
    return candidates.reduce((best, candidate) =>
      measure.textLength(candidate) > measure.textLength(best) ? candidate : best,
    );
  }
  const body = document.body;
  return body && measure.textLength(body) > 0 ? body : document.documentElement;
}
