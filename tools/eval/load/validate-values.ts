import type { Problems } from './json-checks';
import { checkFields, checkOneOf, describe } from './json-checks';

export const QUALIFIERS = ['exact', 'about', 'more_than', 'less_than', 'at_least', 'at_most'] as const;
export const CHANGE_KINDS = ['added', 'removed', 'changed', 'requalified'] as const;

/** `count`, `percent`, or an ISO 4217 code, as in the model. */
export function checkUnit(value: unknown, path: string, problems: Problems): void {
  if (typeof value === 'string' && (value === 'count' || value === 'percent' || /^[A-Z]{3}$/.test(value))) return;
  problems.add(path, `expected "count", "percent" or an ISO 4217 code such as "USD", got ${describe(value)}`);
}

export function checkNumber(value: unknown, path: string, problems: Problems): void {
  if (typeof value !== 'number' || !Number.isFinite(value))
    problems.add(path, `expected a number, got ${describe(value)}`);
}

/** A figure's value, qualifier and unit, as labels for changes give them (`text` is allowed for readability). */
export function checkFigureValue(value: unknown, path: string, problems: Problems): void {
  if (
    !checkFields(value, path, problems, {
      required: ['value', 'qualifier', 'unit'],
      optional: ['text'],
    })
  )
    return;
  checkNumber(value.value, `${path}.value`, problems);
  checkOneOf(value.qualifier, `${path}.qualifier`, problems, QUALIFIERS);
  checkUnit(value.unit, `${path}.unit`, problems);
}
