import { matchesFigureRule } from './match-rule';
import { changed, figure } from './rule-fixtures.spec-helper';

describe(matchesFigureRule.name, () => {
  const followers = changed(figure(1_020_000, 'about'), figure(1_100_000, 'about'));

  it('given relative change >= 5%, when about 1.02 million becomes about 1.1 million (7.8%), then it matches', () => {
    expect(matchesFigureRule({ kind: 'relative-change', atLeastPercent: 5 }, followers)).toBe(true);
  });

  it('given relative change >= 10%, when the change is 7.8%, then it does not match', () => {
    expect(matchesFigureRule({ kind: 'relative-change', atLeastPercent: 10 }, followers)).toBe(false);
  });

  it('given relative change, when the old value is 0 and the new one is not, then it matches', () => {
    expect(matchesFigureRule({ kind: 'relative-change', atLeastPercent: 50 }, changed(figure(0), figure(3)))).toBe(
      true,
    );
  });

  it('given absolute change >= 80000, when the figure moves by 80000, then it matches; by less, it does not', () => {
    expect(matchesFigureRule({ kind: 'absolute-change', atLeast: 80_000 }, followers)).toBe(true);
    expect(matchesFigureRule({ kind: 'absolute-change', atLeast: 80_001 }, followers)).toBe(false);
  });

  it('given a size rule, when the unit changes, then it does not match (different quantities)', () => {
    const currency = changed(figure(100, 'exact', 'USD'), figure(100, 'exact', 'CAD'));
    expect(matchesFigureRule({ kind: 'absolute-change', atLeast: 1 }, currency)).toBe(false);
  });

  it('given a size rule, when a figure is added, then it does not match (nothing to compare)', () => {
    expect(matchesFigureRule({ kind: 'absolute-change', atLeast: 1 }, changed(null, figure(7)))).toBe(false);
  });

  it('given crosses 100, when "less than $100" becomes "$250", then it matches either way and up, not down', () => {
    const spending = changed(figure(100, 'less_than', 'USD'), figure(250, 'exact', 'USD'));
    expect(matchesFigureRule({ kind: 'crosses-threshold', threshold: 100, direction: 'either' }, spending)).toBe(true);
    expect(matchesFigureRule({ kind: 'crosses-threshold', threshold: 100, direction: 'up' }, spending)).toBe(true);
    expect(matchesFigureRule({ kind: 'crosses-threshold', threshold: 100, direction: 'down' }, spending)).toBe(false);
  });

  it('given crosses 100 down, when 120 becomes 80, then it matches', () => {
    expect(
      matchesFigureRule(
        { kind: 'crosses-threshold', threshold: 100, direction: 'down' },
        changed(figure(120), figure(80)),
      ),
    ).toBe(true);
  });

  it('given crosses 100, when both values stay on one side, then it does not match', () => {
    expect(
      matchesFigureRule(
        { kind: 'crosses-threshold', threshold: 100, direction: 'either' },
        changed(figure(120), figure(300)),
      ),
    ).toBe(false);
  });

  it('given added-or-removed, then it matches additions and removals only', () => {
    const rule = { kind: 'added-or-removed' } as const;
    expect(matchesFigureRule(rule, changed(null, figure(110)))).toBe(true);
    expect(matchesFigureRule(rule, changed(figure(2), null))).toBe(true);
    expect(matchesFigureRule(rule, changed(figure(2), figure(3)))).toBe(false);
  });

  it('given qualifier-changed, when "less than 100" becomes "about 100", then it matches; a value change alone does not', () => {
    const rule = { kind: 'qualifier-changed' } as const;
    expect(matchesFigureRule(rule, changed(figure(100, 'less_than'), figure(100, 'about')))).toBe(true);
    expect(matchesFigureRule(rule, changed(figure(100), figure(120)))).toBe(false);
  });

  it('given silent-edit, then it matches changes flagged as silent only', () => {
    expect(matchesFigureRule({ kind: 'silent-edit' }, changed(figure(1), figure(2), true))).toBe(true);
    expect(matchesFigureRule({ kind: 'silent-edit' }, changed(figure(1), figure(2), false))).toBe(false);
  });

  it('given any-change, then every figure change matches; amendment-note never matches a figure', () => {
    expect(matchesFigureRule({ kind: 'any-change' }, changed(figure(1), figure(2)))).toBe(true);
    expect(matchesFigureRule({ kind: 'amendment-note' }, changed(figure(1), figure(2)))).toBe(false);
  });
});
