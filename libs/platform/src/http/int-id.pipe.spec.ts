import { BadRequestException } from '@nestjs/common';
import { MAX_INT_ID, ParseIntIdPipe } from './int-id.pipe';

describe(ParseIntIdPipe.name, () => {
  const pipe = new ParseIntIdPipe('generation');

  it.each([
    ['1', 1],
    [String(MAX_INT_ID), MAX_INT_ID],
  ])('given %s, then it is the number %d', (value, number) => {
    expect(pipe.transform(value)).toBe(number);
  });

  it.each(['0', '-1', '1.5', 'abc', '', '2147483648', '99999999999999999999'])(
    'given %j, then it is a 400 naming the parameter',
    (value) => {
      expect(() => pipe.transform(value)).toThrow(BadRequestException);
      expect(() => pipe.transform(value)).toThrow(/"generation" must be a whole number from 1 to 2147483647/);
    },
  );
});
