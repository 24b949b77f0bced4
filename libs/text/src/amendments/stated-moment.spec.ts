import { readStatedMoment } from './stated-moment';

describe(readStatedMoment.name, () => {
  it('given "on October 26, 2018 at 1:30PM PT to provide", then it reads date, time and zone and stops before "to"', () => {
    const text = ' on October 26, 2018 at 1:30PM PT to provide';
    const moment = readStatedMoment(text);
    expect(moment).toMatchObject({
      date: { year: 2018, month: 10, day: 26 },
      time: { hour: 13, minute: 30 },
      zoneName: 'PT',
    });
    expect(text.slice(moment.end)).toBe(' to provide');
  });

  it.each([
    [' (April 20, 2022, 10:15 AM ET): x', { year: 2022, month: 4, day: 20 }, { hour: 10, minute: 15 }, 'ET'],
    [', Jan. 5, 2023, 4:12 p.m. ET: x', { year: 2023, month: 1, day: 5 }, { hour: 16, minute: 12 }, 'ET'],
    [' 9/9/2023 11:00 UTC: x', { year: 2023, month: 9, day: 9 }, { hour: 11, minute: 0 }, 'UTC'],
    [' at 3 p.m. ET on March 3, 2022', { year: 2022, month: 3, day: 3 }, { hour: 15, minute: 0 }, 'ET'],
    [' 15 January 2023 at 14:30 GMT', { year: 2023, month: 1, day: 15 }, { hour: 14, minute: 30 }, 'GMT'],
    [' March 3 at noon (Eastern Time)', { year: null, month: 3, day: 3 }, { hour: 12, minute: 0 }, 'Eastern'],
    [' 2021-03-10 at 12:00 a.m. PST', { year: 2021, month: 3, day: 10 }, { hour: 0, minute: 0 }, 'PST'],
    [' 25/12/2020 at midnight CET', { year: 2020, month: 12, day: 25 }, { hour: 0, minute: 0 }, 'CET'],
  ])('given %p, then it reads the stated date, time and zone', (text, date, time, zoneName) => {
    expect(readStatedMoment(text)).toMatchObject({ date, time, zoneName });
  });

  it('given no date or time, then nothing is read', () => {
    expect(readStatedMoment(' guidance was released')).toEqual({ date: null, time: null, zoneName: null, end: 0 });
  });

  it('given a zone name with no time before it, then it is not read as a zone', () => {
    expect(readStatedMoment(' March 3, 2022 ET').zoneName).toBeNull();
  });
});
