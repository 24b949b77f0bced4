import { extractFiguresFromText } from './extract-from-text';

const figuresIn = (text: string) =>
  extractFiguresFromText(text).map(({ text, value, unit, qualifier }) => ({ text, value, unit, qualifier }));

describe(`${extractFiguresFromText.name} across writing conventions`, () => {
  describe('given a continental decimal comma before a scale or percent sign', () => {
    it.each([
      ['a budget of €3,4 million this year', '€3,4 million', 3400000, 'EUR'],
      ['compared with 2,5 % before', '2,5 %', 2.5, 'percent'],
      ['adjusted EBITDA of €97,1m.', '€97,1m', 97100000, 'EUR'],
      ['growth of 12,75 per cent', '12,75 per cent', 12.75, 'percent'],
    ])('when "%s" is read, then the figure is "%s"', (sentence, text, value, unit) => {
      expect(figuresIn(sentence)).toEqual([{ text, value, unit, qualifier: 'exact' }]);
    });

    it('when a comma joins bare numbers in a list, then they stay separate numbers', () => {
      expect(figuresIn('They removed 4,5 and 6 accounts in turn.').map(({ value }) => value)).not.toContain(4.5);
    });
  });
});

describe(`${extractFiguresFromText.name} on numbers that are not figures`, () => {
  it.each([
    ['Victims can call 0300 123 2040 from the UK.'],
    ['Dial-in: +44 (0)20 3936 2999 (UK).'],
    ['Use access code 481 226 to join.'],
    ['Page 3 of 12'],
    ['Vilnius University Press. p. 112.'],
    ['Journal of Information Warfare. 20 (3): 45–61.'],
    ['an increase on the previous period.1'],
    ['Text is available under the Creative Commons Attribution-ShareAlike License 4.0.'],
    ['The council voted 6-2 on Tuesday.'],
    ['The commission voted 5-0 on Feb. 8.'],
    ['Requests by country (top five)'],
    ['at the next meeting at City Hall, 1 Frank H. Ogawa Plaza.'],
  ])('given "%s", when figures are extracted, then there are none', (sentence) => {
    expect(figuresIn(sentence)).toEqual([]);
  });

  it('given an ascending hyphenated pair, when read, then it is still a range', () => {
    expect(figuresIn('after 3-5 attempts').map(({ qualifier }) => qualifier)).toEqual(['at_least', 'at_most']);
  });
});

describe(`${extractFiguresFromText.name} on hedged ratios`, () => {
  it.each([
    ['about one in four victims', 'about one in four', 25],
    ['reached roughly 1 in 5 registered voters', 'roughly 1 in 5', 20],
  ])('given "%s", when read, then the hedge qualifies the percentage', (sentence, text, value) => {
    expect(figuresIn(sentence)).toEqual([{ text, value, unit: 'percent', qualifier: 'about' }]);
  });
});

describe(`${extractFiguresFromText.name} on abbreviated hedges`, () => {
  it('given "c." before a number, when read, then it is circa: about', () => {
    expect(figuresIn('Employees: c. 1,000 (2015)')).toEqual([
      { text: 'c. 1,000', value: 1000, unit: 'count', qualifier: 'about' },
    ]);
  });
});

describe(`${extractFiguresFromText.name} on populations, rankings and citations`, () => {
  it.each([
    ['Children aged 8 to 17 sent 3 messages a day.', [3]],
    ['and 30 per cent of 13- to 17-year-olds said so', [30]],
    ['the same protection as the 10 largest e-commerce companies', []],
    ['in under 40 milliseconds', []],
    ['codified at 47 U.S.C. § 230, that generally', []],
    ['Cornell University Press. ISBN 978-1-5017-1441-2.', []],
  ])('given "%s", when figures are extracted, then only %j are figures', (sentence, values) => {
    expect(figuresIn(sentence).map(({ value }) => value)).toEqual(values);
  });
});

describe(`${extractFiguresFromText.name} on British clock times`, () => {
  it('given a time written with a dot and a zone, when read, then it is a time and not a decimal', () => {
    expect(figuresIn('The talks ended at 10.30 GMT with 4.5% on the table.')).toEqual([
      { text: '4.5%', value: 4.5, unit: 'percent', qualifier: 'exact' },
    ]);
  });
});

describe(`${extractFiguresFromText.name} on measurements, service numbers, bands and margins`, () => {
  it.each([
    ['as temperatures topped 115 degrees for a week'],
    ['record demand of 8,212 megawatts on Thursday'],
    ['Officials asked residents to call 211 for help.'],
    ['we may only report requests in ranges of 250.'],
    ['only in bands of 500, starting at 0–499.'],
    ['a margin of error of plus or minus 2.2 percentage points.'],
  ])('given "%s", when figures are extracted, then there are none', (sentence) => {
    expect(figuresIn(sentence)).toEqual([]);
  });

  it('given a call count, when read, then "calls" after the number keeps it a figure', () => {
    expect(figuresIn('The hotline took 400 calls a day.').map(({ value }) => value)).toEqual([400]);
  });
});
