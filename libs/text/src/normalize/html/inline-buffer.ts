import type { BlockKind } from '../../model';
import { labelFromLeadIn } from '../lead-in-label';
import type { HeaderCandidate } from '../page-header';

const WORD_CHARACTER = /[\p{L}\p{N}]/gu;

/** Collects the running text of one block, noting how much of it is link text and any emphasised lead-in. */
export class InlineBuffer {
  private parts: string[] = [];
  private wordCharacters = 0;
  private linkCharacters = 0;
  private leadIn: string | null | undefined;
  private emphasisStart: number | null = null;

  append(text: string, insideLink: boolean): void {
    const count = text.match(WORD_CHARACTER)?.length ?? 0;
    if (count > 0 && this.leadIn === undefined && this.emphasisStart === null) this.leadIn = null;
    this.parts.push(text);
    this.wordCharacters += count;
    if (insideLink) this.linkCharacters += count;
  }

  /** Called on entering <strong>/<b>/<em>/<i>: only emphasis before any other text can be a lead-in. */
  openEmphasis(): void {
    if (this.leadIn === undefined && this.emphasisStart === null) this.emphasisStart = this.parts.length;
  }

  closeEmphasis(): void {
    if (this.emphasisStart === null || this.leadIn !== undefined) return;
    const text = this.parts.slice(this.emphasisStart).join('');
    this.emphasisStart = null;
    if (/[\p{L}\p{N}]/u.test(text)) this.leadIn = text;
  }

  /** The block read so far, or null when it holds no visible text; the buffer starts over either way. */
  take(kind: BlockKind): HeaderCandidate | null {
    const text = this.parts.join('');
    const block = this.wordCharacters === 0 ? null : { kind, text, ...this.details(text) };
    this.parts = [];
    this.wordCharacters = 0;
    this.linkCharacters = 0;
    this.leadIn = undefined;
    this.emphasisStart = null;
    return block;
  }

  private details(text: string): { label?: string; linkOnly: boolean } {
    const linkOnly = this.linkCharacters === this.wordCharacters;
    if (!this.leadIn) return { linkOnly };
    const afterLeadIn = text.slice(text.indexOf(this.leadIn) + this.leadIn.length);
    const leadIn = /^\s*:/.test(afterLeadIn) ? `${this.leadIn}:` : this.leadIn;
    return { label: labelFromLeadIn(leadIn), linkOnly };
  }
}
