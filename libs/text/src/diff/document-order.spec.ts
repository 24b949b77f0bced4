import { sortInDocumentOrder } from './document-order';

describe(sortInDocumentOrder.name, () => {
  it('given a removal between two kept elements, when sorted, then it sits after the earlier kept one', () => {
    const pairs = [
      { beforeIndex: 0, afterIndex: 0 },
      { beforeIndex: 2, afterIndex: 1 },
      { beforeIndex: 1, afterIndex: null },
      { beforeIndex: null, afterIndex: 2 },
    ];
    expect(sortInDocumentOrder(pairs)).toEqual([pairs[0], pairs[2], pairs[1], pairs[3]]);
  });

  it('given a removal before any kept element, when sorted, then it comes first', () => {
    const pairs = [
      { beforeIndex: 1, afterIndex: 0 },
      { beforeIndex: 0, afterIndex: null },
    ];
    expect(sortInDocumentOrder(pairs)).toEqual([pairs[1], pairs[0]]);
  });
});

describe(`${sortInDocumentOrder.name} after a run of removals`, () => {
  it('given removals following other removals, when sorted, then all sit after the last element that survived before them', () => {
    const pairs = [
      { beforeIndex: 0, afterIndex: 0 },
      { beforeIndex: 1, afterIndex: null },
      { beforeIndex: 2, afterIndex: null },
      { beforeIndex: 3, afterIndex: null },
      { beforeIndex: null, afterIndex: 1 },
      { beforeIndex: 4, afterIndex: 2 },
    ];
    expect(sortInDocumentOrder(pairs)).toEqual([pairs[0], pairs[1], pairs[2], pairs[3], pairs[4], pairs[5]]);
  });
});
