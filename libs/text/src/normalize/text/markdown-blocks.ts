import type { BlockKind } from '../../model';
import type { WorkMeter } from '../../work-meter';
import { NO_METER } from '../../work-meter';

/** One block of a Markdown-ish text, its inline markup still in place. */
export interface MarkdownBlock {
  kind: BlockKind;
  markdown: string;
  /** 1-6 for "#" and underlined headings. */
  headingLevel?: number;
}

// The heading's opening hashes; its text and optional closing hashes are cut by `atxHeadingText`, since one
// pattern for both (`\s+(.*?)(?:\s+#+)?\s*$`) backtracks over every split of a long line's spaces.
const ATX_OPENING = /^\s{0,3}(#{1,6})\s/;
const SETEXT_UNDERLINE = /^\s{0,3}(=+|-+)\s*$/;
const BULLET = /^\s*(?:[-*+•‣◦▪●–]|\d{1,3}[.)])\s+(\S.*|)$/;
const QUOTE = /^\s*>\s?(.*)$/;
const TABLE_ROW = /^\s*\|(.*)\|\s*$/;
const TABLE_SEPARATOR = /^[\s|:-]+$/;
// Text copied out of PDFs and spreadsheets lines its columns up with tabs or runs of spaces.
const ALIGNED_COLUMNS = /\S(?:\t+|\s{3,})\S.*\S(?:\t+|\s{3,})\S|^[^\t]*\S\t+\S/;

// Ours, not markdown-it (CommonMark keeps PDF-style lines joined; 4x slower, 100x on "[[[…") nor micromark (ESM only).
/** Splits text into blocks: blank lines separate them, hard-wrapped lines are joined back. */
export function splitMarkdownBlocks(text: string, meter: WorkMeter = NO_METER): MarkdownBlock[] {
  const collector = new BlockCollector();
  // Each line goes through a fixed set of patterns the regexp lint proves linear: count the characters read.
  meter.count('markdown-blocks', text.length);
  for (const line of text.split(/\r\n|\r|\n/)) collector.read(line);
  return collector.finish();
}

interface OpenBlock {
  kind: BlockKind;
  lines: string[];
}

class BlockCollector {
  private readonly blocks: MarkdownBlock[] = [];
  private open: OpenBlock | null = null;

  read(line: string): void {
    if (!line.trim()) return this.close();
    if (this.underlinesOpenParagraph(line)) return this.promoteOpenToHeading(line);
    if (isThematicBreak(line)) return this.close();
    const heading = atxHeading(line);
    if (heading) return this.emit({ kind: 'heading', ...heading });
    if (TABLE_ROW.test(line)) {
      return TABLE_SEPARATOR.test(line) ? this.close() : this.emit({ kind: 'table-row', markdown: tableCells(line) });
    }
    if (ALIGNED_COLUMNS.test(line.trim())) return this.emit({ kind: 'table-row', markdown: alignedCells(line) });
    this.continueOrOpen(line);
  }

  finish(): MarkdownBlock[] {
    this.close();
    return this.blocks;
  }

  private close(): void {
    if (this.open) this.blocks.push({ kind: this.open.kind, markdown: this.open.lines.join(' ') });
    this.open = null;
  }

  private emit(block: MarkdownBlock): void {
    this.close();
    this.blocks.push(block);
  }

  /** A word broken at a line end ("high-" / "severity") is joined back without a space. */
  private appendLine(line: string): void {
    const lines = (this.open as OpenBlock).lines;
    const last = lines.length - 1;
    if (/\p{L}-$/u.test(lines[last]) && /^\p{Ll}/u.test(line)) lines[last] += line;
    else lines.push(line);
  }

  private underlinesOpenParagraph(line: string): boolean {
    return this.open?.kind === 'paragraph' && this.open.lines.length === 1 && SETEXT_UNDERLINE.test(line);
  }

  private promoteOpenToHeading(underline: string): void {
    const markdown = this.open?.lines[0] ?? '';
    this.open = null;
    this.blocks.push({ kind: 'heading', markdown, headingLevel: underline.includes('=') ? 1 : 2 });
  }

  private continueOrOpen(line: string): void {
    const bullet = BULLET.exec(line);
    const quote = bullet ? null : QUOTE.exec(line);
    if (this.open && !bullet && continues(this.open, line, quote !== null)) {
      this.appendLine(quote ? quote[1] : line.trim());
      return;
    }
    this.close();
    if (bullet) this.open = { kind: 'list-item', lines: [bullet[1]] };
    else if (quote) this.open = { kind: 'quote', lines: [quote[1]] };
    else this.open = { kind: 'paragraph', lines: [line.trim()] };
  }
}

/** "## Title ##": the level and the text between the opening hashes and any closing ones. */
function atxHeading(line: string): { markdown: string; headingLevel: number } | null {
  const opening = ATX_OPENING.exec(line);
  if (!opening) return null;
  let start = opening[0].length;
  while (start < line.length && isSpace(line[start])) start++;
  let end = line.length;
  while (end > start && isSpace(line[end - 1])) end--;
  let hashes = end;
  while (hashes > start && line[hashes - 1] === '#') hashes--;
  // Closing hashes count only after a space inside the text: "#  ##" is a heading reading "##".
  if (hashes < end && hashes > start && isSpace(line[hashes - 1])) {
    end = hashes;
    while (end > start && isSpace(line[end - 1])) end--;
  }
  const markdown = line.slice(start, end);
  // `.` never matched a line separator: a heading's text holds none.
  return /[\r\u2028\u2029]/.test(markdown) ? null : { markdown, headingLevel: opening[1].length };
}

function isSpace(char: string): boolean {
  return /\s/.test(char);
}

function continues(open: OpenBlock, line: string, quoted: boolean): boolean {
  if (open.kind === 'quote') return true;
  if (quoted) return false;
  if (open.kind === 'list-item' && /^\s{2,}\S/.test(line)) return true;
  return isWrapped(open.lines[open.lines.length - 1], line.trim());
}

/**
 * A hard wrap: the previous line stops mid-sentence, and is long or the next starts in lower case. A number
 * opening the next line continues a sentence that stops on a lower-case word or a comma ("removed more than /
 * 4.1 million"), as PDF text wraps it; a title-case line before a number stays a line of its own.
 */
function isWrapped(previous: string, next: string): boolean {
  if (/[.!?:;]["'”’)\]*_]*$/.test(previous)) return /^\p{Ll}/u.test(next);
  if (/^[\p{N}$€£]/u.test(next) && /(?:^|\s)\p{Ll}[\p{L}'’-]*,?$/u.test(previous) && wordCountOf(previous) >= 4) {
    return true;
  }
  return /^[\p{Ll}(]/u.test(next) || previous.length >= 60;
}

function wordCountOf(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

function alignedCells(line: string): string {
  return line
    .trim()
    .split(/\t+|\s{2,}/)
    .join(' | ');
}

function tableCells(line: string): string {
  const inner = (TABLE_ROW.exec(line) as RegExpExecArray)[1];
  return inner
    .split('|')
    .map((cell) => cell.trim())
    .join(' | ');
}

/**
 * "***", "- - -", "___": three or more of one marker, spaces between, at most
 * three spaces before. A scan, since the pattern with a back-reference inside
 * a repeated group (`([-*_])(?:\s*\1){2,}`) recurses once per marker in V8 and
 * overflows the stack on a line of a few million asterisks.
 */
export function isThematicBreak(line: string): boolean {
  const indent = line.length - line.trimStart().length;
  if (indent > 3) return false;
  const marker = line[indent];
  if (marker !== '-' && marker !== '*' && marker !== '_') return false;
  let markers = 0;
  for (let i = indent; i < line.length; i++) {
    const char = line[i];
    if (char === marker) markers++;
    else if (!/\s/.test(char)) return false;
  }
  return markers >= 3;
}
