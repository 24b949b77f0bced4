import { findComparatives, qualifierAt } from './peer-qualifiers';

describe(findComparatives.name, () => {
  it('given "more than" and "at least", when found, then they are the open and closed lower bounds', () => {
    const text = 'more than 28,000 accounts and at least 5 people';
    expect(qualifierAt(findComparatives(text), text.indexOf('28,000'))).toBe('more_than');
    expect(qualifierAt(findComparatives(text), text.indexOf('5 people'))).toBe('at_least');
  });

  it('given "less than $100" and "up to 40%", when found, then they are the open and closed upper bounds', () => {
    const text = 'Less than $100 in spending, and up to 40% of users';
    expect(qualifierAt(findComparatives(text), text.indexOf('$100'))).toBe('less_than');
    expect(qualifierAt(findComparatives(text), text.indexOf('40%'))).toBe('at_most');
  });

  it('given "about", which NumberRangeModel has no interval for, when found, then the figure stays exact', () => {
    const text = 'About 1.02 million accounts';
    expect(qualifierAt(findComparatives(text), text.indexOf('1.02'))).toBe('exact');
  });
});
