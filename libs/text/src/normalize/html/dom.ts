import { parseHTML } from 'linkedom';

// The slice of the DOM this reader uses. linkedom's own typings lean on the
// DOM lib, which this Node-only project does not load.
export interface DomNode {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  // linkedom keeps a page as one linked list: `childNodes` walks the whole subtree to build its list, while
  // these two step in constant time.
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
}

export interface DomElement extends DomNode {
  tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  contains(other: DomNode): boolean;
  remove(): void;
}

export interface DomDocument {
  documentElement: DomElement;
  body: DomElement | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

export const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;

/**
 * linkedom builds a usable tree only from a whole document (a bare fragment
 * leaves `documentElement` null), so fragments are wrapped in one first.
 */
export function parseDocument(html: string): DomDocument {
  const whole = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const window = parseHTML(whole) as unknown as { document: DomDocument };
  return window.document;
}

/** A node's children, stepped through one by one (see `DomNode`). */
export function childrenOf(node: DomNode): DomNode[] {
  const children: DomNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
  return children;
}

export function tagOf(element: DomElement): string {
  return element.tagName.toLowerCase();
}
