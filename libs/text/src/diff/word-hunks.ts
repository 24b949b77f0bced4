import { WordHunk } from '../model';
import { alignSequences } from './sequence-alignment';

/** A word with the whitespace before it, so joining the tokens gives the text back. */
function tokenize(text: string): string[] {
  return text.match(/\s*\S+/g) ?? [];
}

/** Word-level edit script from `before` to `after`; adjacent steps of one kind are merged into one hunk. */
export function diffWords(before: string, after: string): WordHunk[] {
  const beforeTokens = tokenize(before);
  const afterTokens = tokenize(after);
  const steps = alignSequences(
    beforeTokens.map((token) => token.trim()),
    afterTokens.map((token) => token.trim()),
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
