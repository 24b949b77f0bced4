import { readFileSync } from 'node:fs';

/** The last `lineCount` lines of a text file, or '' when it does not exist. */
export function tailOfFile(path: string, lineCount: number): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return '';
  }
  return text.trimEnd().split('\n').slice(-lineCount).join('\n');
}
