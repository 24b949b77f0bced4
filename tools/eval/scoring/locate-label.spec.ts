import { locateLabel, overlaps } from './locate-label';

describe(locateLabel.name, () => {
  const text = 'two ads, then two events, then two more';

  it('given occurrence 0, when located, then the first appearance is found', () => {
    expect(locateLabel(text, 'two', 0)).toEqual({ start: 0, end: 3 });
  });

  it('given occurrence 2, when located, then the third appearance is found', () => {
    expect(locateLabel(text, 'two', 2)).toEqual({ start: 31, end: 34 });
  });

  it('given a text inside a longer word, when located, then that appearance counts too', () => {
    expect(locateLabel('the network had two ads', 'two', 1)).toEqual({ start: 16, end: 19 });
  });

  it('given an occurrence past the last, when located, then nothing is found', () => {
    expect(locateLabel(text, 'two', 3)).toBeNull();
  });
});

describe(overlaps.name, () => {
  it('given spans that share a character, when compared, then they overlap', () => {
    expect(overlaps({ start: 0, end: 5 }, { start: 4, end: 9 })).toBe(true);
  });

  it('given spans that only touch, when compared, then they do not overlap', () => {
    expect(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
  });
});
