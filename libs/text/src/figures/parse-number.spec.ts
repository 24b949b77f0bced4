import { parseNumber } from './parse-number';

describe(parseNumber.name, () => {
  it.each([
    ['310,000', 310000],
    ['1,234,567', 1234567],
    ['12,34,567.89', 1234567.89],
    ['1 234 567', 1234567],
    ['4.800', 4.8],
    ['.08', 0.08],
  ])('given digits with group separators "%s", when parsed, then it is %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each([
    ['1.02 million', 1020000],
    ['1.3 billion', 1300000000],
    ['1.5k', 1500],
    ['10M', 10000000],
    ['2.5bn', 2500000000],
    ['10 bln', 10000000000],
    ['1MM', 1000000],
    ['2mil', 2000000],
    ['13 lakh', 1300000],
    ['1 crore', 10000000],
    ['322 hundred', 32200],
  ])('given a multiplier "%s", when parsed, then it is %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each([
    ['seven', 7],
    ['twenty-five', 25],
    ['fifty - two', 52],
    ['two hundred and five', 205],
    ['two hundred and two thousand', 202000],
    ['twenty-one trillion three hundred', 21000000000300],
    ['a dozen', 12],
    ['three dozens', 36],
    ['half a dozen', 6],
    ['a hundred', 100],
    ['three lakh crore', 3e12],
    ['zero', 0],
  ])('given words "%s", when parsed, then it is %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each([
    ['3 1/2', 3.5],
    ['3/4', 0.75],
    ['two thirds', 2 / 3],
    ['one and a half', 1.5],
    ['one hundred and three quarters', 100.75],
    ['twenty and three fifths', 20.6],
    ['a twenty-first', 1 / 21],
    ['one over three', 1 / 3],
    ['one out of three', 1 / 3],
  ])('given a fraction "%s", when parsed, then it is its quotient', (text, value) => {
    expect(parseNumber(text)).toBeCloseTo(value, 12);
  });

  it.each([
    ['99.1%', 99.1],
    ['99.1 percent', 99.1],
    ['$2.5 million', 2500000],
    ['€40,000', 40000],
    ['US$ 3 million', 3000000],
    ['c $ 16.4 million', 16400000],
  ])('given a unit mark "%s", when parsed, then the mark is read past', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each([
    ['-1', -1],
    ['\u22123.5', -3.5],
    ['minus five', -5],
    ['negative one over 20', -0.05],
    ['- 1 4/5', -1.8],
  ])('given a negative "%s", when parsed, then it is %d', (text, value) => {
    expect(parseNumber(text)).toBeCloseTo(value, 12);
  });

  it.each([
    ['1e10', 1e10],
    ['-12e-1', -1.2],
    ['2.5^-1', 0.4],
  ])('given scientific notation "%s", when parsed, then it is %d', (text, value) => {
    expect(parseNumber(text)).toBeCloseTo(value, 12);
  });

  it.each(['', 'accounts', 'hundreds', 'tens of thousands', 'one two', 'seventy seventy', '1.2.3', 'a'])(
    'given "%s", which is not one number, when parsed, then it is null',
    (text) => {
      expect(parseNumber(text)).toBeNull();
    },
  );
});
