import { Figure, Qualifier } from '../model';
import { findStatedSums } from './find-stated-sums';

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
    const sums = findStatedSums(seedFigures());
    expect(sums).toHaveLength(1);
    expect(sums[0].total.value).toBe(82);
    expect(sums[0].parts.map((part) => part.value)).toEqual([30, 33, 3, 16]);
    expect(sums[0]).toMatchObject({ partsSum: 82, holds: true });
  });

  it('given 17 Instagram accounts instead of 16, when checked, then the same sum is found and breaks', () => {
    const [sum] = findStatedSums(seedFigures(17));
    expect(sum).toMatchObject({ partsSum: 83, holds: false });
    expect(sum.total.key).toBe(seedFigures()[0].key);
  });

  it('given parts that do not count every noun of the total, when checked, then no sum is stated', () => {
    const figures = [
      figure('b1', 63, 'Pages and accounts removed'),
      figure('b2', 30, 'Pages'),
      figure('b2', 33, 'Groups'),
    ];
    expect(findStatedSums(figures)).toEqual([]);
  });

  it('given parts in another unit, when checked, then they are not parts', () => {
    const figures = [
      figure('b1', 300, 'dollars spent on ads', 'exact', 'USD'),
      figure('b2', 100, 'ads'),
      figure('b2', 200, 'ads'),
    ];
    expect(findStatedSums(figures)).toEqual([]);
  });

  it('given a single-noun total and parts in one bullet, when they add up, then the sum holds', () => {
    const figures = [
      figure('b1', 50, 'accounts removed'),
      figure('b2', 20, 'Facebook accounts'),
      figure('b2', 30, 'Instagram accounts'),
    ];
    expect(findStatedSums(figures)).toMatchObject([{ total: { value: 50 }, partsSum: 50, holds: true }]);
  });

  it('given an "about" total, when the parts are within rounding, then the sum holds', () => {
    const figures = [
      figure('b1', 1000, 'accounts', 'about'),
      figure('b2', 480, 'Facebook accounts'),
      figure('b2', 510, 'Instagram accounts'),
    ];
    expect(findStatedSums(figures)).toMatchObject([{ partsSum: 990, holds: true }]);
  });

  it('given a "more than" total, when the parts exceed it, then the sum holds', () => {
    const figures = [
      figure('b1', 100, 'accounts', 'more_than'),
      figure('b2', 60, 'Facebook accounts'),
      figure('b2', 45, 'Instagram accounts'),
    ];
    expect(findStatedSums(figures)).toMatchObject([{ partsSum: 105, holds: true }]);
  });

  it('given parts a hundred times smaller than the total, when checked, then they are not its breakdown', () => {
    const figures = [
      figure('b1', 10_000, 'accounts followed these Pages'),
      figure('b2', 20, 'Facebook accounts'),
      figure('b2', 30, 'Instagram accounts'),
    ];
    expect(findStatedSums(figures)).toEqual([]);
  });

  it('given a total counting an audience ("accounts followed"), when checked, then it is no stated total', () => {
    const figures = [
      figure('b1', 60, 'accounts followed these Pages'),
      figure('b2', 20, 'Facebook accounts'),
      figure('b2', 30, 'Instagram accounts'),
    ];
    expect(findStatedSums(figures)).toEqual([]);
  });

  it('given a total naming its action ("accounts removed"), when checked, then it is a stated total', () => {
    const figures = [
      figure('b1', 50, 'accounts removed'),
      figure('b2', 20, 'Facebook accounts'),
      figure('b2', 30, 'Instagram accounts'),
    ];
    expect(findStatedSums(figures)).toHaveLength(1);
  });

  it('given parts that describe an audience or a clause, when checked, then they are not parts', () => {
    const figures = [
      figure('b1', 50, 'accounts'),
      figure('b2', 20, 'accounts followed the Page'),
      figure('b2', 30, 'accounts that were restored'),
    ];
    expect(findStatedSums(figures)).toEqual([]);
  });

  it('given a total with a modifier, when parts lack it, then they are not its breakdown', () => {
    const figures = [
      figure('b1', 50, 'Meridian accounts'),
      figure('b2', 20, 'Snapline accounts'),
      figure('b2', 25, 'accounts on Snapline'),
    ];
    expect(findStatedSums(figures)).toEqual([]);
  });

  it('given the total repeated in another block, when checked, then the repetition is not a part', () => {
    const figures = [
      figure('b1', 51, 'accounts'),
      figure('b2', 51, 'Meridian accounts'),
      figure('b2', 3, 'accounts on Snapline'),
    ];
    expect(findStatedSums(figures)).toEqual([]);
  });
});
