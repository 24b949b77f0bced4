import { parseCaptureRequest } from './capture-request';

const now = new Date('2026-01-01T00:00:00Z');

describe(parseCaptureRequest.name, () => {
  it('given url and text only, then observedAt defaults to now', () => {
    const result = parseCaptureRequest({ url: 'https://example.com/a', text: 'Hello' }, now);
    expect(result).toEqual({
      ok: true,
      capture: {
        url: 'https://example.com/a',
        text: 'Hello',
        observedAt: '2026-01-01T00:00:00.000Z',
        publishedAt: null,
      },
    });
  });

  it.each([
    [{ text: 'x' }, /"url" is required/],
    [{ url: 'ftp://example.com/a', text: 'x' }, /http or https/],
    [{ url: 'not a url', text: 'x' }, /not a valid URL/],
    [{ url: 'https://e.com' }, /"html" or "text" is required/],
    [{ url: 'https://e.com', html: '   ' }, /"html" is empty/],
    [{ url: 'https://e.com', text: 42 }, /"text" must be a string/],
    [{ url: 'https://e.com', text: 'a\u0000b' }, /NUL bytes/],
    [{ url: 'https://e.com', text: '\uFFFD'.repeat(50) + 'abc' }, /not valid UTF-8/],
    [{ url: 'https://e.com', text: 'x', observedAt: 'yesterday' }, /observedAt/],
    [{ url: 'https://e.com', text: 'x', publishedAt: 'soon' }, /publishedAt/],
    [['not', 'an', 'object'], /JSON object/],
  ])('given %j, then it is rejected with a reason', (body, reason) => {
    const result = parseCaptureRequest(body, now);
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.reason).toMatch(reason);
  });

  it('given an explicit observedAt with an offset, then it is stored as UTC', () => {
    const result = parseCaptureRequest(
      { url: 'https://e.com', text: 'x', observedAt: '2018-10-26T09:00:00-07:00' },
      now,
    );
    expect(result.ok && result.capture.observedAt).toBe('2018-10-26T16:00:00.000Z');
  });
});
