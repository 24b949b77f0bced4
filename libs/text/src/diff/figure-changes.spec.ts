import { diffFigures } from './figure-changes';
import { figureOf } from './fixtures.spec-helper';

describe(diffFigures.name, () => {
  it('given the same figures, when diffed, then nothing is reported', () => {
    const figures = [figureOf({ key: 'events:hosted', value: 7 })];
    expect(diffFigures(figures, figures)).toEqual([]);
  });

  it('given a value that moved under the same key, when diffed, then it is changed with both values', () => {
    const before = [
      figureOf({
        key: 'followers:pages',
        value: 1020000,
        qualifier: 'about',
        text: 'About 1.02 million',
      }),
    ];
    const after = [
      figureOf({
        key: 'followers:pages',
        value: 1100000,
        qualifier: 'about',
        text: 'About 1.1 million',
      }),
    ];
    expect(diffFigures(before, after)).toEqual([
      {
        key: 'followers:pages',
        change: 'changed',
        label: 'followers:pages',
        section: null,
        from: {
          value: 1020000,
          qualifier: 'about',
          unit: 'count',
          text: 'About 1.02 million',
        },
        to: {
          value: 1100000,
          qualifier: 'about',
          unit: 'count',
          text: 'About 1.1 million',
        },
      },
    ]);
  });

  it('given the same value with another qualifier, when diffed, then it is requalified', () => {
    const before = [figureOf({ key: 'k', value: 20000, qualifier: 'about' })];
    const after = [figureOf({ key: 'k', value: 20000, qualifier: 'more_than' })];
    expect(diffFigures(before, after).map((change) => change.change)).toEqual(['requalified']);
  });

  it('given another unit under the same key, when diffed, then it is changed', () => {
    const before = [figureOf({ key: 'k', value: 100, unit: 'USD' })];
    const after = [figureOf({ key: 'k', value: 100, unit: 'EUR' })];
    expect(diffFigures(before, after).map((change) => change.change)).toEqual(['changed']);
  });

  it('given a reworded sentence with a new key, when diffed, then the fallback pairs it by section and label', () => {
    const common = { section: 'Followers', qualifier: 'about' as const };
    const before = [
      figureOf({
        ...common,
        key: 'a',
        value: 25000,
        label: 'accounts joined at least one of these Groups',
      }),
    ];
    const after = [
      figureOf({
        ...common,
        key: 'b',
        value: 26000,
        label: 'accounts joined one or more of these Groups',
      }),
    ];
    expect(diffFigures(before, after)).toMatchObject([
      {
        key: 'a',
        change: 'changed',
        from: { value: 25000 },
        to: { value: 26000 },
      },
    ]);
  });

  it('given a reworded sentence keeping its value, when diffed, then the fallback pairs it by value and nothing is reported', () => {
    const before = [
      figureOf({
        key: 'a',
        value: 110,
        section: 'Events',
        label: 'people expressed interest',
      }),
    ];
    const after = [
      figureOf({
        key: 'b',
        value: 110,
        section: 'Events',
        label: 'users said they might attend',
      }),
    ];
    expect(diffFigures(before, after)).toEqual([]);
  });

  it('given a figure dropped and another added, when diffed, then they are removed and added in document order', () => {
    const before = [figureOf({ key: 'ads', value: 2, start: 10 }), figureOf({ key: 'events', value: 7, start: 50 })];
    const after = [
      figureOf({ key: 'events', value: 7, start: 40 }),
      figureOf({ key: 'people', value: 110, start: 60, section: 'x' }),
    ];
    expect(diffFigures(before, after).map((change) => [change.change, change.key])).toEqual([
      ['removed', 'ads'],
      ['added', 'people'],
    ]);
  });

  it('given a key that repeats, when diffed, then occurrences pair in order', () => {
    const before = [figureOf({ key: 'k', value: 1, start: 0 }), figureOf({ key: 'k', value: 2, start: 5 })];
    const after = [figureOf({ key: 'k', value: 1, start: 0 }), figureOf({ key: 'k', value: 3, start: 5 })];
    expect(diffFigures(before, after)).toMatchObject([{ change: 'changed', from: { value: 2 }, to: { value: 3 } }]);
  });
});

describe(`${diffFigures.name} fallback`, () => {
  it('given a reworded figure that kept its value beside a new figure with a close label, when diffed, then the kept value pairs and the new one is added', () => {
    const before = [figureOf({ key: 'a', value: 25000, section: 'Followers', label: 'accounts joined these Groups' })];
    const after = [
      figureOf({ key: 'b', value: 25000, section: 'Followers', label: 'people became Group members', start: 0 }),
      figureOf({ key: 'c', value: 900, section: 'Followers', label: 'accounts joined these Pages', start: 10 }),
    ];
    expect(diffFigures(before, after)).toMatchObject([{ key: 'c', change: 'added', to: { value: 900 } }]);
  });

  it('given a figure moved to another section with an unrelated label, when diffed, then it is removed and added', () => {
    const before = [figureOf({ key: 'a', value: 2, section: 'Advertising', label: 'ads' })];
    const after = [figureOf({ key: 'b', value: 2, section: 'Events', label: 'events received no interest' })];
    expect(diffFigures(before, after).map((change) => change.change)).toEqual(['removed', 'added']);
  });
});
