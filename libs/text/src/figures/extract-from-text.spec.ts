import { extractFiguresFromText } from './extract-from-text';

const figuresIn = (text: string) => extractFiguresFromText(text);
const valuesIn = (text: string) => figuresIn(text).map((figure) => figure.value);
const single = (text: string) => {
  const figures = figuresIn(text);
  expect(figures).toHaveLength(1);
  return figures[0];
};

describe(extractFiguresFromText.name, () => {
  describe('given counts', () => {
    it.each([
      ['We removed 82 Pages.', 82],
      ['Seven events hosted.', 7],
      ['across two ads paid for', 2],
      ['About 1.02 million accounts', 1020000],
      ['1.3 billion fake accounts', 1300000000],
      ['a dozen Groups', 12],
      ['twenty-five accounts', 25],
      ['two hundred and five accounts', 205],
    ])('when "%s" is read, then the count is %d', (text, value) => {
      expect(single(text)).toMatchObject({ value, unit: 'count' });
    });
  });

  describe('given currencies', () => {
    it.each([
      ['Less than $100 in spending', 100, 'USD', 'Less than $100'],
      ['$2.5 million in ads', 2500000, 'USD', '$2.5 million'],
      ['€40,000 in ads', 40000, 'EUR', '€40,000'],
      ['US$ 3 million in ads', 3000000, 'USD', 'US$ 3 million'],
      ['C$500 in ads', 500, 'CAD', 'C$500'],
      ['CA$500 in ads', 500, 'CAD', 'CA$500'],
      ['A$500 in ads', 500, 'AUD', 'A$500'],
      ['£85 a month', 85, 'GBP', '£85'],
      ['¥10,000 in ads', 10000, 'JPY', '¥10,000'],
      ['₹5 crore in ads', 50000000, 'INR', '₹5 crore'],
      ['40,000 euros in ads', 40000, 'EUR', '40,000 euros'],
      ['500 pounds in ads', 500, 'GBP', '500 pounds'],
      ['3 million yen in ads', 3000000, 'JPY', '3 million yen'],
      ['2,000 rupees in ads', 2000, 'INR', '2,000 rupees'],
      ['300 dollars in ads', 300, 'USD', '300 dollars'],
      ['300 Canadian dollars in ads', 300, 'CAD', '300 Canadian dollars'],
      ['EUR 125 in ads', 125, 'EUR', 'EUR 125'],
      ['125 GBP in ads', 125, 'GBP', '125 GBP'],
      ['50 cents a share', 0.5, 'USD', '50 cents'],
      ['£5m in ads', 5000000, 'GBP', '£5m'],
    ])('when "%s" is read, then it is %d %s written "%s"', (text, value, unit, span) => {
      expect(single(text)).toMatchObject({ value, unit, text: span });
    });

    it('when a currency is named with no amount ("paid for in US and Canadian dollars"), then it is no figure', () => {
      expect(figuresIn('ads paid for in US and Canadian dollars')).toEqual([]);
    });
  });

  describe('given percentages', () => {
    it.each([
      ['nearly 40% of accounts', 40, 'about', 'nearly 40%'],
      ['99.1 percent of content', 99.1, 'exact', '99.1 percent'],
      ['12 per cent of content', 12, 'exact', '12 per cent'],
      ['a rise of 5 percentage points', 5, 'exact', '5 percentage points'],
      ['-5% growth', -5, 'exact', '-5%'],
    ])('when "%s" is read, then it is %d percent, %s', (text, value, qualifier, span) => {
      expect(single(text)).toMatchObject({ value, unit: 'percent', qualifier, text: span });
    });
  });

  describe('given qualifiers', () => {
    it.each([
      ['about 25,000 accounts', 'about'],
      ['around 25,000 accounts', 'about'],
      ['approximately 25,000 accounts', 'about'],
      ['roughly 25,000 accounts', 'about'],
      ['some 25,000 accounts', 'about'],
      ['nearly 25,000 accounts', 'about'],
      ['almost 25,000 accounts', 'about'],
      ['an estimated 25,000 accounts', 'about'],
      ['~25,000 accounts', 'about'],
      ['more than 28,000 accounts', 'more_than'],
      ['over 20,000 people', 'more_than'],
      ['above 20,000 people', 'more_than'],
      ['upwards of 20,000 people', 'more_than'],
      ['28,000+ accounts', 'more_than'],
      ['less than 100 accounts', 'less_than'],
      ['fewer than 100 accounts', 'less_than'],
      ['under 100 accounts', 'less_than'],
      ['below 100 accounts', 'less_than'],
      ['just under 100 accounts', 'less_than'],
      ['at least 30 accounts', 'at_least'],
      ['a minimum of 30 accounts', 'at_least'],
      ['no fewer than 30 accounts', 'at_least'],
      ['30 or more accounts', 'at_least'],
      ['up to 700 workers', 'at_most'],
      ['at most 700 workers', 'at_most'],
      ['no more than 700 workers', 'at_most'],
      ['a maximum of 700 workers', 'at_most'],
      ['700 or fewer workers', 'at_most'],
      ['700 workers', 'exact'],
    ])('when "%s" is read, then the qualifier is %s', (text, qualifier) => {
      expect(single(text).qualifier).toBe(qualifier);
    });

    it.each([
      ['greater than or equal to 50 accounts', 'at_least'],
      ['less than or equal to 100 accounts', 'at_most'],
      ['more than 5000 or equal to it', 'at_least'],
      ['about 500 or more accounts', 'at_least'],
      ['accounts exceeding 150', 'more_than'],
      ['where x>10 holds', 'more_than'],
      ['where y<20 holds', 'less_than'],
    ])('when the comparative "%s" is read, then the qualifier is %s', (text, qualifier) => {
      expect(single(text).qualifier).toBe(qualifier);
    });

    it('when a qualifier precedes a currency amount, then the span starts at the qualifier', () => {
      expect(single('They spent less than $100 on ads.').text).toBe('less than $100');
    });

    it('when "28,000+" is read, then the plus sign is part of the span', () => {
      expect(single('28,000+ followers').text).toBe('28,000+');
    });
  });

  describe('given things that are not figures', () => {
    it.each([
      ['a date with month and year', 'The first ad ran in June 2016.'],
      ['a full date', 'Published October 26, 2018 by the team.'],
      ['a day-month date', 'Published 26 October 2018 by the team.'],
      ['an ISO date', 'Published 2018-10-26.'],
      ['a numeric date', 'Published 26/10/2018.'],
      ['a month and day', 'Published on 10/26 at noon.'],
      ['a date range', 'held from 6 to 9 June 2024'],
      ['a time with PM', 'Updated at 1:30PM PT.'],
      ['a time with a.m.', 'Updated at 10:15 a.m. ET.'],
      ['a bare year', 'In 2019 we changed course.'],
      ["a year's possessive", "2019's elections were calm."],
      ['a decade', 'since the 1990s'],
      ['a fiscal year', 'revenue in FY2023 grew'],
      ['a quarter', 'In Q1 2022 we acted.'],
      ['a written quarter', 'In the third quarter we acted.'],
      ['ordinals', 'the first ad, the 2nd event and the third wave'],
      ['a relative time', 'We detected this activity one week ago.'],
      ['a duration', 'within 24 hours of the report'],
      ['a phone number', 'Call +1 650-555-1234 today.'],
      ['a toll-free number', 'Call 1-800-555-0199 today.'],
      ['a street address', 'at 1601 Willow Road, Menlo Park'],
      ['a ZIP code', 'Menlo Park, CA 94025'],
      ['a version', 'in version 2.1 of the app'],
      ['a short version', 'the v3 API'],
      ['an OS release', 'on iOS 17 devices'],
      ['an IP address', 'from 192.168.1.2'],
      ['a section number', 'see Section 3 of the policy'],
      ['a table number', 'as Table 2 shows'],
      ['a footnote', 'as reported.[4]'],
      ['a disease name', 'COVID-19 misinformation'],
      ['a group name', 'the G20 summit'],
      ['round-the-clock', 'a 24/7 team'],
      ['a web name', 'Web3 scams'],
      ['a network generation', '5G towers'],
      ['an aircraft', 'a Boeing 737 crashed'],
      ['a jet model', 'the F-35 program'],
      ['a URL', 'see https://example.com/report/2024/10'],
      ['a hashtag', 'using #Election2024 and @user123'],
      ['"one of"', 'at least one of these Pages'],
      ['"no one"', 'because no one organization can do this'],
      ['"one or more"', 'followed one or more of these Pages'],
      ['a pronoun "one"', 'Which one do you prefer?'],
      ['"tens of thousands"', 'tens of thousands of people'],
      ['"hundreds"', 'hundreds of posts'],
      ['"thousands"', 'thousands of accounts'],
      ['"half"', 'half of the accounts'],
      ['"a third"', 'a third of the accounts'],
      ['a number referring back ("the two")', 'switching between the two networks'],
      ['a compound modifier', 'a one-time payment and two-factor checks'],
      ['a code with digits', 'the operation SL-24-03'],
      ['a measurement', 'a 2.4 MB file'],
      ['a school year', 'during the 2022\u201323 school year'],
      ['"one" standing for a noun', 'one in Ghana, one in Nigeria and one in the UK'],
    ])('when %s is read, then no figure is found', (_, text) => {
      expect(figuresIn(text)).toEqual([]);
    });
  });

  describe('given multipliers', () => {
    it.each([
      ['3.4m pieces of content', 3400000],
      ['half a million accounts', 500000],
      ['one and a half million accounts', 1500000],
      ['1.2bn views', 1200000000],
      ['a 2,000-strong network', 2000],
    ])('when "%s" is read, then the value is %d', (text, value) => {
      expect(single(text).value).toBe(value);
    });

    it('when a lowercase m is not before a plural noun nor after a currency, then it is a length', () => {
      expect(figuresIn('1m is not a number')).toEqual([]);
    });
  });

  it('given an age, when read, then it is a count, not a duration', () => {
    expect(single('He is more than thirty years old.')).toMatchObject({ value: 30, qualifier: 'more_than' });
  });

  describe('given determiner "one" against counted "one"', () => {
    it('when "one event received no interest" is read, then one is a count', () => {
      expect(valuesIn('and one event received no interest')).toEqual([1]);
    });

    it('when "one Page to another" is read, then one is not a count', () => {
      expect(valuesIn('copied from one Page to another')).toEqual([]);
    });
  });

  describe('given a year-sized number that counts something', () => {
    it('when "2000 accounts" is read, then it is a count', () => {
      expect(valuesIn('We removed 2000 accounts.')).toEqual([2000]);
    });

    it('when "$2019" is read, then it is money', () => {
      expect(single('They spent $2019 on ads.')).toMatchObject({ value: 2019, unit: 'USD' });
    });

    it('when "the 2020 elections" is read, then it is a year', () => {
      expect(valuesIn('during the 2020 elections')).toEqual([]);
    });
  });

  describe('given ranges: two figures, the low bound at least and the high bound at most', () => {
    it('when "between 10 and 20 Pages" is read, then both bounds carry the label', () => {
      expect(figuresIn('between 10 and 20 Pages').map((f) => [f.value, f.qualifier, f.label, f.role])).toEqual([
        [10, 'at_least', 'Pages', 'range-low'],
        [20, 'at_most', 'Pages', 'range-high'],
      ]);
    });

    it('when "$10-20 million" is read, then the low bound borrows the currency and multiplier', () => {
      expect(figuresIn('$10-20 million in ads').map((f) => [f.value, f.unit])).toEqual([
        [10000000, 'USD'],
        [20000000, 'USD'],
      ]);
    });

    it('when a range is hedged ("about 10 to 15 percent"), then both bounds are about and percentages', () => {
      expect(figuresIn('about 10 to 15 percent of users').map((f) => [f.value, f.unit, f.qualifier])).toEqual([
        [10, 'percent', 'about'],
        [15, 'percent', 'about'],
      ]);
    });

    it('when nothing is counted after a range, then both bounds take the words before it', () => {
      expect(figuresIn('users, shares 18-24, saw it').map((f) => f.label)).toEqual(['shares', 'shares']);
    });

    it('when "10 to 20 percent" is read, then both bounds are percentages', () => {
      expect(figuresIn('10 to 20 percent of posts').map((f) => f.unit)).toEqual(['percent', 'percent']);
    });

    it('when "from 1,100 to 1,234 accounts" is read, then it is a change: two exact figures', () => {
      expect(figuresIn('rose from 1,100 to 1,234 accounts').map((f) => [f.value, f.qualifier, f.label])).toEqual([
        [1100, 'exact', 'accounts'],
        [1234, 'exact', 'accounts'],
      ]);
    });
  });

  describe('given ratios', () => {
    it('when "one in five" is read, then it is one figure of 20 percent', () => {
      expect(single('one in five users saw it')).toMatchObject({ value: 20, unit: 'percent', text: 'one in five' });
    });

    it('when "3 out of 10" is read, then it is one figure of 30 percent', () => {
      expect(single('3 out of 10 posts')).toMatchObject({ value: 30, unit: 'percent' });
    });
  });

  describe('given comparisons', () => {
    it('when "1,234 (up from 1,100)" is read, then both are figures and the earlier one borrows the label', () => {
      expect(figuresIn('We removed 1,234 accounts (up from 1,100).').map((f) => [f.value, f.label])).toEqual([
        [1234, 'accounts'],
        [1100, 'accounts'],
      ]);
    });
  });

  describe('given a value compared with an earlier one in the sentence', () => {
    it('when "down from" follows a comma, then the earlier value borrows the label', () => {
      const figures = figuresIn('We actioned 1.2 billion pieces of spam, down from 1.5 billion in Q2 2023.');
      expect(figures.map((f) => f.label)).toEqual(['pieces of spam', 'pieces of spam']);
    });

    it('when a change is given "up 2.1 percentage points", then it carries the metric label', () => {
      expect(figuresIn('The proactive rate was 95.3%, up 2.1 percentage points.').map((f) => f.label)).toEqual([
        'proactive rate',
        'proactive rate',
      ]);
    });

    it('when the compared value is followed by its period, then it borrows the label, not the period', () => {
      const text = 'we removed 1.6 billion fake accounts, compared with 1.7 billion in the fourth quarter of 2021.';
      expect(figuresIn(text).map((f) => f.label)).toEqual(['fake accounts', 'fake accounts']);
    });

    it('when only a pronoun precedes the figure, then it is no label', () => {
      expect(figuresIn('It was 400.').map((f) => f.label)).toEqual(['']);
    });
  });

  describe('given labels', () => {
    it('when a list of nouns follows, then the label keeps the list', () => {
      expect(single('we removed 82 Pages, Groups and accounts for spam.').label).toBe(
        'Pages, Groups and accounts for spam',
      );
    });

    it('when figures follow each other in a list, then each label stops at the comma', () => {
      expect(figuresIn('30 Pages, 33 Facebook accounts, and 3 Groups').map((f) => f.label)).toEqual([
        'Pages',
        'Facebook accounts',
        'Groups',
      ]);
    });

    it('when a preposition leads the counted words, then it is dropped', () => {
      expect(single('Less than $100 in spending for ads.').label).toBe('spending for ads');
    });

    it('when nothing is counted after a percentage, then the subject before it is the label', () => {
      expect(single('The proactive rate was 99.1%.').label).toBe('proactive rate');
    });

    it('when a section is given, then every figure carries it', () => {
      expect(extractFiguresFromText('12 accounts', 'Followers')[0].section).toBe('Followers');
    });
  });

  it('given numbers in a table row, when read, then each cell is a figure', () => {
    expect(valuesIn('Spam | 1.2 billion | 1.9 billion | 58%')).toEqual([1.2e9, 1.9e9, 58]);
  });

  it('given negative numbers, when read, then the sign is kept', () => {
    expect(valuesIn('a change of -3.5 percent and minus 12 accounts')).toEqual([-3.5, -12]);
  });

  it('given an exclude span, when read, then numbers inside it are no figures', () => {
    expect(extractFiguresFromText('5 accounts and 3 Pages', null, { exclude: [{ start: 11, end: 22 }] })).toHaveLength(
      1,
    );
  });

  it('given offsets, when read, then text equals the slice at start and end', () => {
    const text = 'Followers: About 1.02 million accounts followed these Pages.';
    const [figure] = figuresIn(text);
    expect(text.slice(figure.start, figure.end)).toBe('About 1.02 million');
  });
});
