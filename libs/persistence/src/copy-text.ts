/** A value COPY's text format can carry: `null` is SQL NULL, booleans become `t`/`f`. */
export type CopyValue = string | number | boolean | null;

// In COPY's text format these bytes would end a column or a row, or start an escape.
const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
  '\b': '\\b',
  '\f': '\\f',
  '\v': '\\v',
};

/** One column as COPY ... FROM STDIN (FORMAT text) reads it, with the default tab delimiter and `\N` for NULL. */
export function copyTextField(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return String(value).replace(/[\\\t\n\r\b\f\v]/g, (character) => ESCAPES[character]);
}

/** One row: its columns separated by tabs, ended by a newline. */
export function copyTextLine(values: readonly CopyValue[]): string {
  return `${values.map(copyTextField).join('\t')}\n`;
}
