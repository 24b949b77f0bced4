import { DomElement } from './dom';
import { textLength } from './content-root';

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
export function stripBoilerplate(root: DomElement, title: DomElement | null): void {
  for (const element of Array.from(root.querySelectorAll(NON_CONTENT))) element.remove();
  const rootLength = Math.max(textLength(root), 1);
  const spares = (element: DomElement) =>
    (title !== null && element.contains(title)) || textLength(element) / rootLength > MAX_WIDGET_SHARE;
  for (const element of Array.from(root.querySelectorAll(FURNITURE))) {
    if (!spares(element)) element.remove();
  }
  for (const header of Array.from(root.querySelectorAll('header'))) {
    if (!header.querySelector('h1') && !spares(header)) header.remove();
  }
  for (const element of Array.from(root.querySelectorAll('[class], [id]'))) {
    if (hasWidgetName(element) && !spares(element)) element.remove();
  }
}

function hasWidgetName(element: DomElement): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.split(/\s+/);
  return names.some((name) => name && WIDGET_NAME.test(name));
}
