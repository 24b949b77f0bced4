/** The word right before `index` (lowercase, letters only), skipping spaces. */
export function wordBefore(text: string, index: number): string {
  // eslint-disable-next-line regexp/no-super-linear-backtracking, regexp/no-super-linear-move -- a 40-character window.
  const match = /([A-Za-z']+)[^A-Za-z\d]*$/.exec(text.slice(Math.max(0, index - 40), index));
  return match ? match[1].toLowerCase() : '';
}

/** The word right after `index` (lowercase), when only spaces separate it. */
export function wordAfter(text: string, index: number): string {
  const match = /^\s*([A-Za-z]+)/.exec(text.slice(index, index + 40));
  return match ? match[1].toLowerCase() : '';
}

export function isLetter(char: string | undefined): boolean {
  return char !== undefined && /[A-Za-z]/.test(char);
}
