import { parseDateAttribute, parseDateLine } from './date-line';

describe(parseDateLine.name, () => {
  it.each([
    ['October 26, 2018', '2018-10-26'],
    ['Oct. 26, 2018', '2018-10-26'],
    ['26 October 2018', '2018-10-26'],
    ['Friday, October 26, 2018', '2018-10-26'],
    ['Posted on October 26, 2018', '2018-10-26'],
    ['Published: Sept. 5, 2023', '2023-09-05'],
    ['2018-10-26', '2018-10-26'],
    ['December 3, 2024 at 9:00 AM PT', '2024-12-03'],
    ['Apr 17, 2024 | Clint Watts - General Manager', '2024-04-17'],
    ['September 22, 2020 by Jane Doe', '2020-09-22'],
    ['Wed 27 Mar 2024 10.30 GMT', '2024-03-27'],
    ['AUSTIN, Texas — October 8, 2024', '2024-10-08'],
    ['LONDON -- 24 July 2024', '2024-07-24'],
  ])('given the line %p, when parsed, then it states %p', (line, day) => {
    expect(parseDateLine(line)).toBe(day);
  });

  it.each([
    'February 30, 2020',
    'We removed 82 Pages on October 26, 2018.',
    'June 2016',
    'Updated on October 26, 2018',
  ])('given %p, which is not a whole-line date, when parsed, then it is null', (line) => {
    expect(parseDateLine(line)).toBeNull();
  });
});

describe(parseDateAttribute.name, () => {
  it('given a datetime with an offset, when parsed, then the day is the one written', () => {
    expect(parseDateAttribute('2018-10-26T23:30:00-07:00')).toBe('2018-10-26');
  });

  it('given no value or a non-date, when parsed, then it is null', () => {
    expect(parseDateAttribute(null)).toBeNull();
    expect(parseDateAttribute('yesterday')).toBeNull();
  });
});
