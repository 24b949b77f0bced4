import type { WorkMeter } from '../../work-meter';
import { NO_METER } from '../../work-meter';
import type { DomElement } from './dom';
import { TreeMeasure } from './tree-measure';

// Never content: code, media controls, forms' widgets, the document head.
const NON_CONTENT =
  'head, title, script, style, noscript, template, iframe, svg, canvas, button, select, textarea, input';

// Page furniture by element or ARIA role.
const FURNITURE = [
  'nav',
  'footer',
  'aside',
  'form',
  'dialog',
  '[hidden]',
  '[aria-hidden="true"]',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[role="search"]',
  '[role="dialog"]',
].join(', ');

// Class and id words that name widgets around an article (matched as whole words of a name such as "post-tags").
const WIDGET_NAME =
  /(?:^|[-_])(?:cookies?|consent|gdpr|share|sharing|social|socials|related|recent|breadcrumbs?|tags|taglist|categories|newsletter|subscribe|subscription|signup|promo|advert|advertisement|ads|sidebar|comments|masthead|navbar|nav|menu|toolbar|skiplink|popup|modal|more-from|read-more|readmore)(?:$|[-_])/i;

// A wrapper with this share of the article's text holds the article, whatever its name says.
const MAX_WIDGET_SHARE = 0.5;

/** Removes furniture and widgets from the content root, sparing anything that holds the article or its title. */
/**
 * Each rule's pass measures the tree once, after the passes before it: within a pass, an element's own text
 * is untouched by the removals before it (they came earlier in document order, so they held it or lay
 * outside it), so one measure answers the whole pass.
 */
export function stripBoilerplate(root: DomElement, title: DomElement | null, meter: WorkMeter = NO_METER): void {
  for (const element of Array.from(root.querySelectorAll(NON_CONTENT))) element.remove();
  let measure = new TreeMeasure(root, meter);
  const rootLength = Math.max(measure.textLength(root), 1);
  const spares = (element: DomElement) =>
    (title !== null && measure.contains(element, title)) || measure.textLength(element) / rootLength > MAX_WIDGET_SHARE;
  const pass = (selector: string, removes: (element: DomElement) => boolean) => {
    const elements = Array.from(root.querySelectorAll(selector));
    meter.count('html-strip', elements.length);
    for (const element of elements) if (removes(element)) element.remove();
    measure = new TreeMeasure(root, meter);
  };
  pass(FURNITURE, (element) => !spares(element));
  pass('header', (header) => !measure.holdsH1(header) && !spares(header));
  pass('[class], [id]', (element) => hasWidgetName(element) && !spares(element));
}

function hasWidgetName(element: DomElement): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.split(/\s+/);
  return names.some((name) => name && WIDGET_NAME.test(name));
}
