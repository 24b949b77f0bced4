import type { BlockKind } from '../../model';
import type { WorkMeter } from '../../work-meter';
import { NO_METER } from '../../work-meter';
import { cleanInlineText } from '../clean-text';
import type { HeaderCandidate } from '../page-header';
import type { DomElement, DomNode } from './dom';
import { childrenOf, ELEMENT_NODE, tagOf, TEXT_NODE } from './dom';
import { InlineBuffer } from './inline-buffer';

const HEADING = /^h([1-6])$/;
const EMPHASIS = new Set(['strong', 'b', 'em', 'i']);
const SKIPPED = new Set(['img', 'picture', 'video', 'audio', 'object', 'embed', 'map', 'area', 'source', 'track']);
// Elements whose content flows inside a line; everything else starts a new block.
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  'label',
]);

/**
 * Reads blocks in document order. Paragraph-like elements, list items, quotes
 * and table rows become blocks; text loose in a container becomes a paragraph.
 * The title heading is reported at level 1 and every other <h1> one level
 * down, so the page header reader finds the title the page meant.
 */
type Step = { node: DomNode; kind: BlockKind } | { leave: () => void };

export class BlockWalker {
  private readonly blocks: HeaderCandidate[] = [];
  private readonly buffer = new InlineBuffer();
  // An explicit stack, not recursion: malformed pages nest thousands of unclosed elements deep.
  private readonly steps: Step[] = [];
  private linkDepth = 0;
  private breakPending = false;

  constructor(
    private readonly title: DomElement | null,
    private readonly meter: WorkMeter = NO_METER,
  ) {}

  read(root: DomElement): HeaderCandidate[] {
    this.schedule(() => this.flush('paragraph'));
    this.scheduleChildren(root, 'paragraph');
    for (let step = this.steps.pop(); step; step = this.steps.pop()) {
      this.meter.count('html-blocks');
      if ('leave' in step) step.leave();
      else if (step.node.nodeType === TEXT_NODE) this.appendText(step.node.textContent ?? '');
      else if (step.node.nodeType === ELEMENT_NODE) this.visit(step.node as DomElement, step.kind);
    }
    return this.blocks;
  }

  private schedule(leave: () => void): void {
    this.steps.push({ leave });
  }

  private scheduleChildren(parent: DomNode, kind: BlockKind): void {
    const children = childrenOf(parent);
    for (let index = children.length - 1; index >= 0; index--) this.steps.push({ node: children[index], kind });
  }

  private visit(element: DomElement, kind: BlockKind): void {
    const tag = tagOf(element);
    if (SKIPPED.has(tag)) return;
    if (tag === 'br') return this.lineBreak(kind);
    if (INLINE.has(tag)) return this.visitInline(element, tag, kind);
    const heading = HEADING.exec(tag);
    if (heading) return this.emitHeading(element, Number(heading[1]));
    if (tag === 'tr') return this.emitRow(element);
    const inner = innerKind(tag, kind);
    this.flush(kind);
    this.schedule(() => this.flush(inner));
    this.scheduleChildren(element, inner);
  }

  private appendText(text: string): void {
    this.meter.count('html-blocks', text.length);
    if (/\S/.test(text)) this.breakPending = false;
    this.buffer.append(text, this.linkDepth > 0);
  }

  /** Pages without <p> separate paragraphs with a blank line: two <br>s with nothing but space between. */
  private lineBreak(kind: BlockKind): void {
    if (this.breakPending) return this.flush(kind);
    this.buffer.append(' ', false);
    this.breakPending = true;
  }

  private visitInline(element: DomElement, tag: string, kind: BlockKind): void {
    const emphasis = EMPHASIS.has(tag);
    const link = tag === 'a';
    if (emphasis) this.buffer.openEmphasis();
    if (link) this.linkDepth++;
    this.schedule(() => {
      if (link) this.linkDepth--;
      if (emphasis) this.buffer.closeEmphasis();
    });
    this.scheduleChildren(element, kind);
  }

  private emitHeading(element: DomElement, level: number): void {
    this.flush('paragraph');
    const text = cleanInlineText(element.textContent ?? '');
    if (!text) return;
    const headingLevel = element === this.title ? 1 : Math.max(level, 2);
    this.blocks.push({ kind: 'heading', text, headingLevel });
  }

  private emitRow(row: DomElement): void {
    this.flush('paragraph');
    const cells = Array.from(row.querySelectorAll('td, th'))
      .map((cell) => cleanInlineText(cell.textContent ?? ''))
      .filter((cell) => cell);
    if (cells.length > 0) this.blocks.push({ kind: 'table-row', text: cells.join(' | ') });
  }

  private flush(kind: BlockKind): void {
    this.breakPending = false;
    const block = this.buffer.take(kind);
    if (block) this.blocks.push(block);
  }
}

/** The kind that loose text inside `tag` takes: list items and quotes pass theirs down to nested paragraphs. */
function innerKind(tag: string, outer: BlockKind): BlockKind {
  if (tag === 'li') return 'list-item';
  if (tag === 'blockquote') return 'quote';
  if (tag === 'ul' || tag === 'ol' || tag === 'table') return 'paragraph';
  return outer;
}
