import { readLabel, singular, subjectNouns } from './subject-nouns';

describe(subjectNouns.name, () => {
  it.each([
    [
      'Pages, Groups and accounts for coordinated inauthentic behavior that originated in Iran',
      ['page', 'group', 'account'],
    ],
    ['Facebook accounts', ['account']],
    ['Groups on Facebook', ['group']],
    ['accounts followed at least one of these Pages', ['account']],
    ['people working on safety and security', ['person']],
    ['spending for ads on Facebook', ['spending']],
    ['events hosted', ['event']],
    ['', []],
  ])('given the label "%s", when read, then it counts %j', (label, nouns) => {
    expect(subjectNouns(label)).toEqual(nouns);
  });
});

describe(readLabel.name, () => {
  it('given "accounts followed these Pages", then the predicate is the verb after the noun', () => {
    expect(readLabel('accounts followed these Pages')).toEqual({
      nouns: ['account'],
      modifiers: [],
      predicate: 'followed',
      hasVerb: true,
    });
  });

  it('given "Meridian accounts on Snapline", then Meridian modifies and no verb follows', () => {
    expect(readLabel('Meridian accounts on Snapline')).toEqual({
      nouns: ['account'],
      modifiers: ['meridian'],
      predicate: null,
      hasVerb: false,
    });
  });

  it('given a relative clause, then its verb is seen but is not the predicate', () => {
    expect(readLabel('accounts that were restored')).toMatchObject({ predicate: null, hasVerb: true });
  });
});

describe(singular.name, () => {
  it.each([
    ['pages', 'page'],
    ['categories', 'category'],
    ['businesses', 'business'],
    ['people', 'person'],
    ['status', 'status'],
    ['account', 'account'],
  ])('given "%s", when made singular, then it is "%s"', (plural, one) => {
    expect(singular(plural)).toBe(one);
  });
});
