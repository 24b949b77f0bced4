import type { LabelledFigure } from '../load/dataset-types';
import type { PredictedFigure } from './score-figures';
import { scoreFigures } from './score-figures';

const text = 'About 1.02 million accounts followed, and two ads ran; two events.';
const label = (overrides: Partial<LabelledFigure>): LabelledFigure => ({
  text: 'About 1.02 million',
  occurrence: 0,
  value: 1020000,
  qualifier: 'about',
  unit: 'count',
  ...overrides,
});
const predicted = (overrides: Partial<PredictedFigure>): PredictedFigure => ({
  start: 0,
  end: 18,
  value: 1020000,
  unit: 'count',
  qualifier: 'about',
  ...overrides,
});

describe(scoreFigures.name, () => {
  it('given a prediction with the labelled value and unit over the labelled span, when scored, then it matches', () => {
    const tally = scoreFigures(text, [label({})], [predicted({ start: 6 })]);
    expect(tally).toMatchObject({
      predicted: 1,
      labelled: 1,
      matched: 1,
      hedged: 1,
      hedgedRight: 1,
    });
  });

  it('given the right value with the wrong qualifier, when scored, then it matches but the hedge is wrong', () => {
    const tally = scoreFigures(text, [label({})], [predicted({ qualifier: 'exact' })]);
    expect(tally).toMatchObject({ matched: 1, hedged: 1, hedgedRight: 0 });
  });

  it('given another value on the labelled span, when scored, then it is missed and spurious', () => {
    const tally = scoreFigures(text, [label({})], [predicted({ value: 1.02 })]);
    expect(tally).toMatchObject({
      matched: 0,
      missed: ['About 1.02 million (1020000 count)'],
      spurious: ['About 1.02 million (1.02 count)'],
    });
  });

  it('given a repeated text, when the label names occurrence 1, then only a prediction on the second one matches', () => {
    const second = text.lastIndexOf('two');
    const labels = [label({ text: 'two', occurrence: 1, value: 2, qualifier: 'exact' })];
    expect(scoreFigures(text, labels, [predicted({ start: 42, end: 45, value: 2, qualifier: 'exact' })]).matched).toBe(
      0,
    );
    expect(
      scoreFigures(text, labels, [
        predicted({
          start: second,
          end: second + 3,
          value: 2,
          qualifier: 'exact',
        }),
      ]).matched,
    ).toBe(1);
  });

  it('given a label whose text is not in the document, when scored, then it is reported as unlocated and missed', () => {
    const tally = scoreFigures(text, [label({ text: 'About 2 million' })], []);
    expect(tally).toMatchObject({
      matched: 0,
      labelled: 1,
      unlocated: ['About 2 million#0'],
    });
  });

  it('given two predictions on one label, when scored, then only one matches', () => {
    const tally = scoreFigures(text, [label({})], [predicted({}), predicted({ start: 6 })]);
    expect(tally).toMatchObject({ matched: 1, predicted: 2 });
  });
});
