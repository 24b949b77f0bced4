import { figure } from './rule-fixtures.spec-helper';
import { sideOfThreshold } from './threshold-side';

describe(sideOfThreshold.name, () => {
  it.each([
    [figure(99), 'below'],
    [figure(100), 'at-or-above'],
    [figure(100, 'about'), 'at-or-above'],
    [figure(100, 'less_than'), 'below'],
    [figure(500, 'less_than'), 'unknown'],
    [figure(99, 'at_most'), 'below'],
    [figure(100, 'at_most'), 'unknown'],
    [figure(100, 'more_than'), 'at-or-above'],
    [figure(50, 'more_than'), 'unknown'],
    [figure(100, 'at_least'), 'at-or-above'],
  ])('given %j against 100, then it is %s', (value, side) => {
    expect(sideOfThreshold(value, 100)).toBe(side);
  });
});
