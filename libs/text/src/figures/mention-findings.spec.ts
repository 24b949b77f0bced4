import { findNumbers } from './mention-findings';

const reasonsIn = (text: string) => findNumbers(text).findings.map((finding) => finding.reason);

describe(findNumbers.name, () => {
  it.each([
    ['June 2016', 'date'],
    ['at 1:30PM', 'time'],
    ['in 2019 we', 'year'],
    ['the 2nd wave', 'ordinal'],
    ['one week ago', 'duration-or-relative-time'],
    ['no one organization', 'determiner-one'],
    ['COVID-19 cases', 'alphanumeric-name'],
    ['in FY2023', 'fiscal-or-quarter-period'],
    ['see Section 3', 'reference-number'],
    ['two thirds of users', 'word-fraction'],
    ['the seven events', 'anaphoric-reference'],
  ])('given "%s", when scanned, then each number in it is named a %s', (text, reason) => {
    const reasons = reasonsIn(text);
    expect(reasons.length).toBeGreaterThan(0);
    expect(new Set(reasons)).toEqual(new Set([reason]));
  });

  it('given a figure, when scanned, then it has no reason', () => {
    expect(reasonsIn('82 Pages')).toEqual([null]);
  });

  it('given an exclude span, when scanned, then numbers inside it are named excluded-span', () => {
    expect(reasonsIn('5 accounts, 3 Pages').length).toBe(2);
    expect(findNumbers('5 accounts, 3 Pages', [{ start: 12, end: 19 }]).findings.map((f) => f.reason)).toEqual([
      null,
      'excluded-span',
    ]);
  });

  it('given numbers in words and digits, when scanned, then they come in reading order with offsets', () => {
    const { findings } = findNumbers('Seven events and 110 people');
    expect(findings.map((f) => [f.start, f.end, f.value, f.written])).toEqual([
      [0, 5, 7, 'words'],
      [17, 20, 110, 'digits'],
    ]);
  });
});
