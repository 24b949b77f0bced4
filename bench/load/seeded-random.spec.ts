import { seededRandom } from './seeded-random';

describe(seededRandom.name, () => {
  const draw = (seed: number, count: number) => {
    const sut = seededRandom(seed);
    return Array.from({ length: count }, () => sut.next());
  };

  it('given the same seed twice, then it yields the same sequence', () => {
    expect(draw(42, 50)).toEqual(draw(42, 50));
  });

  it('given two seeds, then the sequences differ', () => {
    expect(draw(1, 10)).not.toEqual(draw(2, 10));
  });

  it('given many draws, then every number is in [0, 1) and they spread over the range', () => {
    const numbers = draw(7, 2_000);
    expect(numbers.every((number) => number >= 0 && number < 1)).toBe(true);
    const lowerHalf = numbers.filter((number) => number < 0.5).length;
    expect(lowerHalf).toBeGreaterThan(900);
    expect(lowerHalf).toBeLessThan(1_100);
  });

  it('given integer bounds, then it returns every value between them and none outside', () => {
    const sut = seededRandom(3);
    const seen = new Set(Array.from({ length: 500 }, () => sut.integer(2, 5)));
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });

  it('given pick and chance, then pick returns an element and chance(0) and chance(1) are certain', () => {
    const sut = seededRandom(9);
    expect(['a', 'b']).toContain(sut.pick(['a', 'b']));
    expect(sut.chance(0)).toBe(false);
    expect(sut.chance(1)).toBe(true);
  });
});
