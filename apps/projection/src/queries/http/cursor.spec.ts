import { decodeCursor, encodeCursor } from './cursor';

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
  ])('given the token %s, then it is refused', (raw, arity) => {
    const parsed = decodeCursor(raw, arity);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toContain('"cursor"');
  });

  it('given no token, then the first page is meant', () => {
    expect(decodeCursor(undefined, 2)).toEqual({ ok: true, value: undefined });
  });
});
