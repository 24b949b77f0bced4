/** JSON Lines: one JSON object per line, each line ended by LF (jsonlines.org). */
export function toJsonLines(rows: readonly unknown[]): string {
  return rows.map((row) => `${JSON.stringify(row)}\n`).join('');
}
