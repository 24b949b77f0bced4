import { parseRule } from './parse-rule';

describe(parseRule.name, () => {
  it.each([
    ['any', { kind: 'any-change' }],
    ['added-or-removed', { kind: 'added-or-removed' }],
    ['absolute>=10', { kind: 'absolute-change', atLeast: 10 }],
    ['relative>=5%', { kind: 'relative-change', atLeastPercent: 5 }],
    ['relative >= 2.5', { kind: 'relative-change', atLeastPercent: 2.5 }],
    ['crosses:100', { kind: 'crosses-threshold', threshold: 100, direction: 'either' }],
    ['crosses-up:100', { kind: 'crosses-threshold', threshold: 100, direction: 'up' }],
    ['crosses-down:0.5', { kind: 'crosses-threshold', threshold: 0.5, direction: 'down' }],
    ['qualifier-changed', { kind: 'qualifier-changed' }],
    ['amendment-note', { kind: 'amendment-note' }],
    ['silent-edit', { kind: 'silent-edit' }],
  ])('given the expression "%s", then it reads %j', (text, rule) => {
    expect(parseRule(text)).toEqual({ ok: true, value: rule });
  });

  it('given the object form, then it reads the same rule', () => {
    expect(parseRule({ kind: 'crosses-threshold', threshold: 100, direction: 'up' })).toEqual({
      ok: true,
      value: { kind: 'crosses-threshold', threshold: 100, direction: 'up' },
    });
    expect(parseRule({ kind: 'crosses-threshold', threshold: 100 })).toMatchObject({
      ok: true,
      value: { direction: 'either' },
    });
  });

  it.each([
    [undefined, /"rule" is required/],
    ['relative>=-5%', /atLeastPercent/],
    ['relative>=abc', /atLeastPercent/],
    ['absolute>=5%', /not a percentage/],
    ['crosses:x', /threshold/],
    ['sometimes', /unknown rule "sometimes"/],
    [{ kind: 'crosses-threshold', threshold: 1, direction: 'sideways' }, /"direction"/],
    [{ kind: 'nope' }, /unknown rule kind/],
  ])('given %j, then it is refused with a reason', (input, reason) => {
    const result = parseRule(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });
});
