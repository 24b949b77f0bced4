import type { LabelledFigureChange } from '../load/dataset-types';
import { scoreChanges } from './score-changes';

const changed: LabelledFigureChange = {
  change: 'changed',
  from: { value: 1020000, qualifier: 'about', unit: 'count' },
  to: { value: 1100000, qualifier: 'about', unit: 'count' },
};

describe(scoreChanges.name, () => {
  it('given the labelled change, when scored, then it matches', () => {
    expect(scoreChanges([changed], [structuredClone(changed)])).toMatchObject({
      matched: 1,
      predicted: 1,
      labelled: 1,
    });
  });

  it('given the same values with another qualifier on one side, when scored, then it does not match', () => {
    const predicted = {
      ...changed,
      to: { ...changed.to!, qualifier: 'more_than' as const },
    };
    const tally = scoreChanges([changed], [predicted]);
    expect(tally).toMatchObject({
      matched: 0,
      missed: ['changed about 1020000 count -> about 1100000 count'],
    });
  });

  it('given an added figure, when scored against an added label, then null sides match', () => {
    const added: LabelledFigureChange = {
      change: 'added',
      from: null,
      to: { value: 7, qualifier: 'exact', unit: 'count' },
    };
    expect(scoreChanges([added], [added]).matched).toBe(1);
  });

  it('given the right values under another change kind, when scored, then it does not match', () => {
    expect(scoreChanges([changed], [{ ...changed, change: 'requalified' }]).matched).toBe(0);
  });
});
