import { DatasetError } from './dataset-error';
import type { PairLabels } from './dataset-types';
import type { JsonObject } from './json-checks';
import { checkArray, checkFields, checkOneOf, Problems } from './json-checks';
import { CHANGE_KINDS, checkFigureValue } from './validate-values';

/** Checks one pair's `changes.json`; `from` is null exactly for `added` and `to` exactly for `removed`. */
export function validatePairLabels(json: unknown, where: string): PairLabels {
  const problems = new Problems();
  if (
    checkFields(json, where, problems, {
      required: ['figureChanges', 'silentEdit'],
    })
  ) {
    if (typeof json.silentEdit !== 'boolean') problems.add(`${where}.silentEdit`, 'expected true or false');
    if (checkArray(json.figureChanges, `${where}.figureChanges`, problems)) {
      json.figureChanges.forEach((change, index) => checkChange(change, `${where}.figureChanges[${index}]`, problems));
    }
  }
  if (problems.list.length > 0) throw new DatasetError(problems.list);
  return json as unknown as PairLabels;
}

function checkChange(change: unknown, path: string, problems: Problems): void {
  if (!checkFields(change, path, problems, { required: ['change', 'from', 'to'] })) return;
  checkOneOf(change.change, `${path}.change`, problems, CHANGE_KINDS);
  checkSide(change, 'from', change.change !== 'added', path, problems);
  checkSide(change, 'to', change.change !== 'removed', path, problems);
}

function checkSide(change: JsonObject, side: 'from' | 'to', present: boolean, path: string, problems: Problems): void {
  const value = change[side];
  if (!present) {
    if (value !== null) problems.add(`${path}.${side}`, `must be null for a "${String(change.change)}" change`);
    return;
  }
  checkFigureValue(value, `${path}.${side}`, problems);
}
