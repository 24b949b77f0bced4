import { parseIsoInstant } from './iso-instant';

describe(parseIsoInstant.name, () => {
  it.each([
    ['2018-10-26T16:00:00Z', '2018-10-26T16:00:00.000Z'],
    ['2018-10-26T16:00Z', '2018-10-26T16:00:00.000Z'],
    ['2018-10-26T16:00:00.5+02:00', '2018-10-26T14:00:00.500Z'],
    ['2018-10-26T16:00:00-0130', '2018-10-26T17:30:00.000Z'],
    ['2018-10-26T16:00:00', '2018-10-26T16:00:00.000Z'],
    ['2016-02-29T00:00:00Z', '2016-02-29T00:00:00.000Z'],
    ['0001-01-01T00:00:00Z', '0001-01-01T00:00:00.000Z'],
  ])('given %s, then it is %s', (text, expected) => {
    expect(parseIsoInstant(text, 'date-time')?.toISOString()).toBe(expected);
  });

  it.each([
    '2018-02-30T10:00:00Z',
    '2017-02-29T10:00:00Z',
    '2018-13-01T10:00:00Z',
    '2018-10-26T24:00:00Z',
    '2018-10-26T16:60:00Z',
    '2018-10-26T16:00:60Z',
    '2018-10-26T16:00:00+24:00',
    '0000-01-01T00:00:00Z',
    '0001-01-01T00:00:00+01:00',
    '2018-10-26T16:00:00Zjunk',
    ' 2018-10-26T16:00:00Z',
    '2018-10-26',
  ])('given %s, then it is not a date-time', (text) => {
    expect(parseIsoInstant(text, 'date-time')).toBeNull();
  });

  it('given a bare date where one is allowed, then it is midnight UTC', () => {
    expect(parseIsoInstant('2018-10-26', 'date-or-date-time')?.toISOString()).toBe('2018-10-26T00:00:00.000Z');
  });

  it.each(['9999-12-31xyz', '2018-02-30', '2018-1-2'])('given %s, then it is not a date', (text) => {
    expect(parseIsoInstant(text, 'date-or-date-time')).toBeNull();
  });
});
