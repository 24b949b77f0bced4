import { RingBuffer } from './ring-buffer';

describe(RingBuffer.name, () => {
  it('given more items than it holds, then the oldest are dropped and order is kept', () => {
    const sut = new RingBuffer<{ id: string }>(2);
    ['a', 'b', 'c'].forEach((id) => sut.push({ id }));
    expect(sut.toArray().map((item) => item.id)).toEqual(['b', 'c']);
  });

  it('given an id it already holds, then it is refused', () => {
    const sut = new RingBuffer<{ id: string }>(5);
    expect(sut.push({ id: 'a' })).toBe(true);
    expect(sut.push({ id: 'a' })).toBe(false);
    expect(sut.toArray()).toHaveLength(1);
  });
});
