import type { WordHunk } from '../model';
import { DiffWork } from './diff-work';
import { alignSequences } from './sequence-alignment';

/**
 * Words with the whitespace before each, so joining the tokens gives the text
 * back (trailing whitespace aside). Found with a plain `\S+` scan: a pattern
 * like `\s*\S+` retries every start inside a long run of spaces.
 */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let end = 0;
  for (const match of text.matchAll(/\S+/g)) {
    const wordEnd = match.index + match[0].length;
    tokens.push(text.slice(end, wordEnd));
    end = wordEnd;
  }
  return tokens;
}

/** Word-level edit script from `before` to `after`; adjacent steps of one kind are merged into one hunk. */
export function diffWords(before: string, after: string, work: DiffWork = new DiffWork()): WordHunk[] {
  const beforeTokens = tokenize(before);
  const afterTokens = tokenize(after);
  work.count('word-hunks', beforeTokens.length + afterTokens.length);
  const steps = alignSequences(
    beforeTokens.map((token) => token.trim()),
    afterTokens.map((token) => token.trim()),
    work,
  );
  const hunks: WordHunk[] = [];
  for (const step of steps) {
    const text = step.op === 'delete' ? beforeTokens[step.beforeIndex] : afterTokens[step.afterIndex];
    const last = hunks[hunks.length - 1];
    if (last && last.op === step.op) last.text += text;
    else hunks.push({ op: step.op, text });
  }
  return hunks;
}
