import { HOSTILE_BODY_BYTES, HOSTILE_FAMILIES, hostileFamily, STATED_SUM_SENTENCE } from './hostile-captures';

describe('hostile captures', () => {
  it.each(HOSTILE_FAMILIES.map((family) => [family.name, family] as const))(
    'given %s at several sizes, then each body is exactly the size asked for, in ASCII',
    (_, family) => {
      for (const bytes of [1_024, 65_536, 300_001]) {
        const body = family.generate(bytes, 7);
        expect(Buffer.byteLength(body, 'utf8')).toBe(bytes);
        expect(body.length).toBe(bytes);
      }
    },
  );

  it.each(HOSTILE_FAMILIES.map((family) => [family.name, family] as const))(
    'given %s and the same seed twice, then the bytes are the same',
    (_, family) => {
      // A boolean, so a failure does not print two 100 KB bodies.
      expect(family.generate(100_000, 13) === family.generate(100_000, 13)).toBe(true);
    },
  );

  it('given the body limit, then the largest family body fits under it with room to spare', () => {
    const body = hostileFamily('number-pages').generate(HOSTILE_BODY_BYTES, 1);
    expect(body.length).toBe(HOSTILE_BODY_BYTES);
    expect(HOSTILE_BODY_BYTES).toBeLessThan(5 * 1024 * 1024);
  });

  it('given a family drawn from the seed, then another seed gives other bytes', () => {
    for (const name of ['digit-runs', 'note-lines', 'headings', 'markdown-table', 'html-table', 'number-pages']) {
      expect(hostileFamily(name).generate(50_000, 1) === hostileFamily(name).generate(50_000, 2)).toBe(false);
    }
  });

  it("given the probes of the issue, then the families hold them: the stated-sum sentence, a run of '[' and 1.1.1", () => {
    expect(hostileFamily('stated-sums').generate(10_000, 1)).toContain(`${STATED_SUM_SENTENCE} ${STATED_SUM_SENTENCE}`);
    expect(hostileFamily('open-brackets').generate(60_000, 1)).toMatch(
      /^Review \d\n\nWe removed \d+ Pages and \[{50000}/,
    );
    expect(hostileFamily('dotted-digits').generate(60_000, 1)).toContain('1.1.1.1.1.1.1.1');
    expect(hostileFamily('www-dots').generate(60_000, 1)).toContain('www.a.a.a.a');
    expect(
      hostileFamily('number-pages')
        .generate(1_000_000, 1)
        .match(/^## Page \d+$/gm)!.length,
    ).toBeGreaterThan(1);
  });

  it('given an unknown family name, then it throws', () => {
    expect(() => hostileFamily('nope')).toThrow(/no hostile family named nope/);
  });
});
