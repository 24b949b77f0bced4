import { precisionRecall, ratio, sameNumber } from './metrics';

describe(precisionRecall.name, () => {
  it('given matches among predictions and labels, when scored, then precision, recall and F1 follow', () => {
    expect(precisionRecall(8, 10, 16)).toEqual({
      precision: 0.8,
      recall: 0.5,
      f1: 16 / 26,
    });
  });

  it('given nothing predicted and nothing labelled, when scored, then every score is n/a rather than perfect', () => {
    expect(precisionRecall(0, 0, 0)).toEqual({
      precision: null,
      recall: null,
      f1: null,
    });
  });

  it('given labels but no predictions, when scored, then recall and F1 are 0', () => {
    expect(precisionRecall(0, 0, 4)).toEqual({
      precision: null,
      recall: 0,
      f1: 0,
    });
  });
});

describe(ratio.name, () => {
  it('given an empty whole, when divided, then the ratio is null', () => {
    expect(ratio(0, 0)).toBeNull();
  });
});

describe(sameNumber.name, () => {
  it('given 1.02 million computed in floating point, when compared to 1020000, then they are the same', () => {
    expect(sameNumber(1.02 * 1e6, 1020000)).toBe(true);
    expect(sameNumber(0.1 + 0.2, 0.3)).toBe(true);
  });

  it('given two different figures, when compared, then they differ', () => {
    expect(sameNumber(1020000, 1020001)).toBe(false);
  });
});
