/** One output row: the columns every format shows, in this order. */
export type HistoryRow = Record<string, string | number | boolean | null>;

const HISTORY_FIELDS = [
  ['key', 'key'],
  ['revision', 'revision'],
  ['change', 'change'],
  ['value', 'value'],
  ['qualifier', 'qualifier'],
  ['unit', 'unit'],
  ['observed_at', 'observedAt'],
  ['effective_at', 'effectiveAt'],
  ['silent_edit', 'silentEdit'],
  ['label', 'label'],
] as const;

const AS_OF_FIELDS = [
  ['key', 'key'],
  ['value', 'value'],
  ['qualifier', 'qualifier'],
  ['unit', 'unit'],
  ['revision', 'revision'],
  ['valid_from', 'validFrom'],
  ['recorded_from', 'recordedFrom'],
  ['label', 'label'],
] as const;

function pick(fields: ReadonlyArray<readonly [string, string]>, items: Array<Record<string, unknown>>): HistoryRow[] {
  return items.map((item) =>
    Object.fromEntries(fields.map(([column, field]) => [column, (item[field] ?? null) as HistoryRow[string]])),
  );
}

/** History points as rows: value, qualifier, unit, revision and both times kept. */
export const historyRows = (items: Array<Record<string, unknown>>) => pick(HISTORY_FIELDS, items);

/** Figures in effect at an instant as rows. */
export const asOfRows = (items: Array<Record<string, unknown>>) => pick(AS_OF_FIELDS, items);
