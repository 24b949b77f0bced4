import type { WorkMeter } from '../../work-meter';
import { NO_METER } from '../../work-meter';
import type { DomElement, DomNode } from './dom';
import { childrenOf, ELEMENT_NODE, tagOf, TEXT_NODE } from './dom';

/** Text measures of one subtree: its text's length and the whitespace at either end of it. */
interface TextShape {
  length: number;
  blank: boolean;
  leading: number;
  trailing: number;
}

const EMPTY: TextShape = { length: 0, blank: true, leading: 0, trailing: 0 };

/**
 * What the boilerplate rules ask of each element (its trimmed text length, whether it holds another element
 * or an <h1>), measured for the whole tree in one walk. Asking the DOM instead (`textContent`,
 * `querySelector`, `contains`) reads the element's whole subtree each time, which grows with the square of
 * the nesting depth on a page that nests thousands of elements.
 */
export class TreeMeasure {
  private readonly shapes = new Map<DomNode, TextShape>();
  private readonly order = new Map<DomNode, { first: number; last: number }>();
  private readonly withH1 = new Set<DomNode>();

  constructor(root: DomNode, meter: WorkMeter = NO_METER) {
    // An explicit stack, not recursion: malformed pages nest thousands of unclosed elements deep.
    const stack: Array<{ node: DomNode; leaving: boolean }> = [{ node: root, leaving: false }];
    let counter = 0;
    for (let step = stack.pop(); step; step = stack.pop()) {
      meter.count('html-measure');
      const { node, leaving } = step;
      if (!leaving) {
        this.order.set(node, { first: counter++, last: -1 });
        stack.push({ node, leaving: true });
        const children = childrenOf(node);
        for (let index = children.length - 1; index >= 0; index--)
          stack.push({ node: children[index], leaving: false });
        continue;
      }
      (this.order.get(node) as { last: number }).last = counter - 1;
      const children = childrenOf(node);
      this.shapes.set(node, this.shapeOf(node, children, meter));
      const isH1 = node.nodeType === ELEMENT_NODE && tagOf(node as DomElement) === 'h1';
      if (isH1 || children.some((child) => this.withH1.has(child))) this.withH1.add(node);
    }
  }

  /** `element.textContent.trim().length`, as the DOM reads it. */
  textLength(element: DomNode): number {
    const shape = this.shapes.get(element) ?? EMPTY;
    return shape.blank ? 0 : shape.length - shape.leading - shape.trailing;
  }

  /** `element.contains(other)`: whether `other` is the element or lies inside it. */
  contains(element: DomNode, other: DomNode): boolean {
    const outer = this.order.get(element);
    const inner = this.order.get(other);
    return outer !== undefined && inner !== undefined && inner.first >= outer.first && inner.first <= outer.last;
  }

  /** `element.querySelector('h1') !== null`: an <h1> below the element. */
  holdsH1(element: DomNode): boolean {
    return childrenOf(element).some((child) => this.withH1.has(child));
  }

  private shapeOf(node: DomNode, children: readonly DomNode[], meter: WorkMeter): TextShape {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      meter.count('html-measure', text.length);
      const trimmedStart = text.trimStart().length;
      if (trimmedStart === 0) return { length: text.length, blank: true, leading: text.length, trailing: text.length };
      return {
        length: text.length,
        blank: false,
        leading: text.length - trimmedStart,
        trailing: text.length - text.trimEnd().length,
      };
    }
    if (node.nodeType !== ELEMENT_NODE && children.length === 0) return EMPTY;
    let shape = EMPTY;
    for (const child of children) shape = joined(shape, this.shapes.get(child) ?? EMPTY);
    return shape;
  }
}

/** The measures of two stretches of text written one after the other. */
function joined(first: TextShape, second: TextShape): TextShape {
  const length = first.length + second.length;
  if (first.blank && second.blank) return { length, blank: true, leading: length, trailing: length };
  return {
    length,
    blank: false,
    leading: first.blank ? first.length + second.leading : first.leading,
    trailing: second.blank ? second.length + first.trailing : second.trailing,
  };
}
