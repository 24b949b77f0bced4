export type CsvValue = string | number | boolean | null | undefined;

/**
 * RFC 4180 CSV: CRLF line ends, a header row, and a field quoted when it holds
 * a comma, a double quote, CR or LF, or leading/trailing space; inner quotes doubled.
 * Empty fields stand for null.
 */
export function toCsv<Row>(
  columns: ReadonlyArray<readonly [string, (row: Row) => CsvValue]>,
  rows: readonly Row[],
): string {
  const lines = [columns.map(([name]) => csvField(name))];
  for (const row of rows) lines.push(columns.map(([, read]) => csvField(read(row))));
  return lines.map((fields) => `${fields.join(',')}\r\n`).join('');
}

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? neutralisedFormula(value) : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or CR before one) as
 * a formula, so text from captured pages could run in the reader's spreadsheet.
 * A leading apostrophe makes such a cell plain text (OWASP's CSV injection advice);
 * numbers, even negative ones, stay numbers.
 */
function neutralisedFormula(text: string): string {
  if (!FORMULA_START.has(text.charAt(0)) || PLAIN_NUMBER.test(text)) return text;
  return `'${text}`;
}
