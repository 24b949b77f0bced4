import { decodeCursor, encodeCursor, isCursorInstant } from './cursor';

describe(encodeCursor.name, () => {
  it('given a sort key, when encoded and decoded, then it comes back unchanged', () => {
    const values = ['2018-10-26T22:00:00.000Z', 'rpt_5935f635c8f27f211e54'];
    expect(decodeCursor(encodeCursor(values), 2)).toEqual({ ok: true, value: values });
  });
});

describe(decodeCursor.name, () => {
  it.each([
    ['not base64 at all!', 2],
    [Buffer.from('{"a":1}').toString('base64url'), 2],
    [Buffer.from('["a"]').toString('base64url'), 2],
    [Buffer.from('[{"a":1},"b"]').toString('base64url'), 2],
    [Buffer.from('["2018-10-26T22:00:00.000Z","a\\u0000b"]').toString('base64url'), 2],
    [Buffer.from('[1e300,"b"]').toString('base64url'), 2],
  ])('given the token %s, then it is refused', (raw, arity) => {
    const parsed = decodeCursor(raw, arity);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toContain('"cursor"');
  });

  it('given no token, then the first page is meant', () => {
    expect(decodeCursor(undefined, 2)).toEqual({ ok: true, value: undefined });
  });
});

describe(isCursorInstant.name, () => {
  it('given the time a page ended at, then it is one', () => {
    expect(isCursorInstant('2018-10-26T22:00:00.000Z')).toBe(true);
  });

  it.each(['0000-01-01T00:00:00Z', '2018-02-30T00:00:00Z', 'Fri Oct 26 2018', '+275760-09-13T00:00:00Z', 7])(
    'given the forged time %j, then it is not one',
    (value) => {
      expect(isCursorInstant(value)).toBe(false);
    },
  );
});
