import { DatasetError } from './dataset-error';
import { validatePairLabels } from './validate-pair-labels';

const value = { value: 1020000, qualifier: 'about', unit: 'count' };

function problemsOf(json: unknown): readonly string[] {
  try {
    validatePairLabels(json, 'pairs/p1/changes.json');
  } catch (error) {
    if (error instanceof DatasetError) return error.problems;
    throw error;
  }
  return [];
}

describe(validatePairLabels.name, () => {
  it('given changes in the format, when validated, then they are returned', () => {
    const json = {
      figureChanges: [{ change: 'changed', from: value, to: { ...value, value: 1100000 } }],
      silentEdit: true,
    };
    expect(validatePairLabels(json, 'x')).toEqual(json);
  });

  it('given an added change with a from side, when validated, then from must be null', () => {
    const json = {
      figureChanges: [{ change: 'added', from: value, to: value }],
      silentEdit: false,
    };
    expect(problemsOf(json)).toEqual([
      'pairs/p1/changes.json.figureChanges[0].from: must be null for a "added" change',
    ]);
  });

  it('given a missing silentEdit and a bad side, when validated, then both are named', () => {
    const json = {
      figureChanges: [{ change: 'removed', from: { value: 1 }, to: null }],
    };
    expect(problemsOf(json)).toEqual([
      'pairs/p1/changes.json: missing field "silentEdit"',
      'pairs/p1/changes.json.silentEdit: expected true or false',
      'pairs/p1/changes.json.figureChanges[0].from: missing field "qualifier"',
      'pairs/p1/changes.json.figureChanges[0].from: missing field "unit"',
      expect.stringContaining('figureChanges[0].from.qualifier'),
      expect.stringContaining('figureChanges[0].from.unit'),
    ]);
  });
});
