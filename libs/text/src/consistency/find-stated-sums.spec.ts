import type { Figure, Qualifier } from '../model';
import { CountingMeter } from '../work-meter';
import { findStatedSums, MAX_SUM_CANDIDATES, STATED_SUMS_STEP } from './find-stated-sums';

let position = 0;
function figure(blockId: string, value: number, label: string, qualifier: Qualifier = 'exact', unit = 'count'): Figure {
  position += 10;
  const key = `${blockId}/${label.toLowerCase().replace(/\W+/g, '-')}`;
  return {
    key,
    label,
    value,
    qualifier,
    unit,
    text: String(value),
    section: null,
    blockId,
    start: position,
    end: position + 2,
  };
}

// The seed's summary paragraph and its Presence and Followers bullets.
const seedFigures = (instagramAccounts = 16) => [
  figure('b9', 82, 'Pages, Groups and accounts for coordinated inauthentic behavior that originated in Iran'),
  figure('b11', 30, 'Pages'),
  figure('b11', 33, 'Facebook accounts'),
  figure('b11', 3, 'Groups on Facebook'),
  figure('b11', instagramAccounts, 'accounts on Instagram'),
  figure('b12', 1_020_000, 'accounts followed at least one of these Pages', 'about'),
  figure('b12', 25_000, 'accounts joined at least one of these Groups', 'about'),
  figure('b12', 28_000, 'accounts followed at least one of these Instagram accounts', 'more_than'),
];

describe(findStatedSums.name, () => {
  it('given the seed figures, when checked, then 82 = 30 + 33 + 3 + 16 is found and holds', () => {
    const sums = findStatedSums(seedFigures()).sums;
    expect(sums).toHaveLength(1);
    expect(sums[0].total.value).toBe(82);
    expect(sums[0].parts.map((part) => part.value)).toEqual([30, 33, 3, 16]);
    expect(sums[0]).toMatchObject({ partsSum: 82, holds: true });
  });

  it('given 17 Instagram accounts instead of 16, when checked, then the same sum is found and breaks', () => {
    const [sum] = findStatedSums(seedFigures(17)).sums;
    expect(sum).toMatchObject({ partsSum: 83, holds: false });
    expect(sum.total.key).toBe(seedFigures()[0].key);
  });

  it('given parts that do not count every noun of the total, when checked, then no sum is stated', () => {
    const figures = [
      figure('b1', 63, 'Pages and accounts removed'),
      figure('b2', 30, 'Pages'),
      figure('b2', 33, 'Groups'),
    ];
    expect(findStatedSums(figures).sums).toEqual([]);
  });

  it('given parts in another unit, when checked, then they are not parts', () => {
    const figures = [
      figure('b1', 300, 'dollars spent on ads', 'exact', 'USD'),
      figure('b2', 100, 'ads'),
      figure('b2', 200, 'ads'),
    ];
    expect(findStatedSums(figures).sums).toEqual([]);
  });

  it('given a single-noun total and parts in one bullet, when they add up, then the sum holds', () => {
    const figures = [
      figure('b1', 50, 'accounts removed'),
      figure('b2', 20, 'Facebook accounts'),
      figure('b2', 30, 'Instagram accounts'),
    ];
    expect(findStatedSums(figures).sums).toMatchObject([{ total: { value: 50 }, partsSum: 50, holds: true }]);
  });

  it('given an "about" total, when the parts are within rounding, then the sum holds', () => {
    const figures = [
      figure('b1', 1000, 'accounts', 'about'),
      figure('b2', 480, 'Facebook accounts'),
      figure('b2', 510, 'Instagram accounts'),
    ];
    expect(findStatedSums(figures).sums).toMatchObject([{ partsSum: 990, holds: true }]);
  });

  it('given a "more than" total, when the parts exceed it, then the sum holds', () => {
    const figures = [
      figure('b1', 100, 'accounts', 'more_than'),
      figure('b2', 60, 'Facebook accounts'),
      figure('b2', 45, 'Instagram accounts'),
    ];
    expect(findStatedSums(figures).sums).toMatchObject([{ partsSum: 105, holds: true }]);
  });

  it('given parts a hundred times smaller than the total, when checked, then they are not its breakdown', () => {
    const figures = [
      figure('b1', 10_000, 'accounts followed these Pages'),
      figure('b2', 20, 'Facebook accounts'),
      figure('b2', 30, 'Instagram accounts'),
    ];
    expect(findStatedSums(figures).sums).toEqual([]);
  });

  it('given a total counting an audience ("accounts followed"), when checked, then it is no stated total', () => {
    const figures = [
      figure('b1', 60, 'accounts followed these Pages'),
      figure('b2', 20, 'Facebook accounts'),
      figure('b2', 30, 'Instagram accounts'),
    ];
    expect(findStatedSums(figures).sums).toEqual([]);
  });

  it('given a total naming its action ("accounts removed"), when checked, then it is a stated total', () => {
    const figures = [
      figure('b1', 50, 'accounts removed'),
      figure('b2', 20, 'Facebook accounts'),
      figure('b2', 30, 'Instagram accounts'),
    ];
    expect(findStatedSums(figures).sums).toHaveLength(1);
  });

  it('given parts that describe an audience or a clause, when checked, then they are not parts', () => {
    const figures = [
      figure('b1', 50, 'accounts'),
      figure('b2', 20, 'accounts followed the Page'),
      figure('b2', 30, 'accounts that were restored'),
    ];
    expect(findStatedSums(figures).sums).toEqual([]);
  });

  it('given a total with a modifier, when parts lack it, then they are not its breakdown', () => {
    const figures = [
      figure('b1', 50, 'Meridian accounts'),
      figure('b2', 20, 'Snapline accounts'),
      figure('b2', 25, 'accounts on Snapline'),
    ];
    expect(findStatedSums(figures).sums).toEqual([]);
  });

  it('given the total repeated in another block, when checked, then the repetition is not a part', () => {
    const figures = [
      figure('b1', 51, 'accounts'),
      figure('b2', 51, 'Meridian accounts'),
      figure('b2', 3, 'accounts on Snapline'),
    ];
    expect(findStatedSums(figures).sums).toEqual([]);
  });
});

describe(`${findStatedSums.name} with repeated blocks`, () => {
  // One block holding a total and its breakdown, as a page repeating one paragraph would.
  const selfContained = (blockId: string) => [
    figure(blockId, 50, 'accounts removed'),
    figure(blockId, 20, 'Facebook accounts'),
    figure(blockId, 30, 'Instagram accounts'),
  ];
  const blockOfParts = (sum: ReturnType<typeof findStatedSums>['sums'][number]) =>
    sum.parts.map((part) => part.key.split('/')[0]);

  it('given the same breakdown in three blocks, when checked, then each total takes the earliest other block', () => {
    const { sums } = findStatedSums([...selfContained('b1'), ...selfContained('b2'), ...selfContained('b3')]);
    expect(sums.map((sum) => [sum.total.key.split('/')[0], ...blockOfParts(sum)])).toEqual([
      ['b1', 'b2', 'b2'],
      ['b2', 'b1', 'b1'],
      ['b3', 'b1', 'b1'],
    ]);
    expect(sums.every((sum) => sum.holds)).toBe(true);
  });

  it('given two blocks breaking a total down, when one has more parts, then it wins even when later', () => {
    const figures = [
      figure('b1', 60, 'accounts removed'),
      figure('b2', 25, 'Facebook accounts'),
      figure('b2', 35, 'Instagram accounts'),
      figure('b3', 20, 'Facebook accounts'),
      figure('b3', 30, 'Instagram accounts'),
      figure('b3', 10, 'WhatsApp accounts'),
    ];
    const [sum] = findStatedSums(figures).sums;
    expect(sum.parts.map((part) => part.value)).toEqual([20, 30, 10]);
  });
});

describe(`${findStatedSums.name} work`, () => {
  // Issue 13: "This morning we removed 82 Pages and 33 accounts in the review." as many paragraphs.
  const reviewSentences = (count: number) =>
    Array.from({ length: count }, (_, index) => [
      figure(`p${index}`, 82, 'Pages'),
      figure(`p${index}`, 33, 'accounts in the review'),
    ]).flat();
  // Many blocks, each a total and its parts, every one with other numbers.
  const distinctBreakdowns = (count: number) =>
    Array.from({ length: count }, (_, index) => [
      figure(`t${index}`, 1_000 + index, 'accounts removed'),
      figure(`s${index}`, 400 + index, 'Facebook accounts'),
      figure(`s${index}`, 600, 'Instagram accounts'),
    ]).flat();
  const repeatedBreakdowns = (count: number) =>
    Array.from({ length: count }, (_, index) => [
      figure(`t${index}`, 50, 'accounts removed'),
      figure(`s${index}`, 20, 'Facebook accounts'),
      figure(`s${index}`, 30, 'Instagram accounts'),
    ]).flat();

  function measured(figures: Figure[], maxCandidates?: number) {
    const meter = new CountingMeter();
    const result = findStatedSums(figures, { meter, maxCandidates });
    return { ...result, work: meter.total(STATED_SUMS_STEP) };
  }

  function expectLinearGrowth(small: { work: number }, large: { work: number }) {
    expect(small.work).toBeGreaterThan(0);
    expect(large.work / small.work).toBeLessThanOrEqual(4.4);
  }

  it('given the review sentence 2,000 and 8,000 times, when checked, then the work grows at most about 4x', () => {
    const small = measured(reviewSentences(1_000));
    const large = measured(reviewSentences(4_000));
    expectLinearGrowth(small, large);
    expect(large).toMatchObject({ sums: [], capped: false });
  });

  it('given one breakdown repeated in 1,000 and 4,000 blocks, when checked, then every total is found with work growing at most about 4x', () => {
    const small = measured(repeatedBreakdowns(1_000));
    const large = measured(repeatedBreakdowns(4_000));
    expectLinearGrowth(small, large);
    expect(large.capped).toBe(false);
    expect(large.sums).toHaveLength(4_000);
    expect(large.sums.every((sum) => sum.holds)).toBe(true);
  });

  it('given a few distinct breakdowns, when checked, then every total is found without reaching the cap', () => {
    const { sums, capped } = measured(distinctBreakdowns(20));
    expect(capped).toBe(false);
    expect(sums).toHaveLength(20);
  });

  it('given distinct breakdowns in 500 and 2,000 blocks past a cap, when checked, then the cap is reported and the work grows at most about 4x', () => {
    const cap = 20_000;
    const small = measured(distinctBreakdowns(500), cap);
    const large = measured(distinctBreakdowns(2_000), cap);
    expectLinearGrowth(small, large);
    expect(small.capped).toBe(true);
    expect(large.capped).toBe(true);
    expect(large.work).toBeLessThanOrEqual(cap + 3 * 2_000);
    expect(large.sums.length).toBeGreaterThan(0);
  });

  it('given more distinct breakdowns than the default cap allows, when checked, then it stops at MAX_SUM_CANDIDATES and says so', () => {
    const figures = distinctBreakdowns(1_000);
    const { capped, work, sums } = measured(figures);
    expect(capped).toBe(true);
    expect(work).toBeLessThanOrEqual(MAX_SUM_CANDIDATES + figures.length);
    expect(sums.length).toBeLessThan(1_000);
  });
});
