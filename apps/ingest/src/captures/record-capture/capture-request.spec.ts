import { MAX_URL_LENGTH, parseCaptureRequest, rawBodyCapture } from './capture-request';

const now = new Date('2026-01-01T00:00:00Z');

describe(parseCaptureRequest.name, () => {
  it('given url and text only, then observedAt defaults to now', () => {
    const result = parseCaptureRequest({ url: 'https://example.com/a', text: 'Hello' }, now);
    expect(result).toEqual({
      ok: true,
      value: {
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
    [{ url: 'https://alice:secret@e.com/a', text: 'x' }, /must not contain credentials/],
    [{ url: 'https://alice@e.com/a', text: 'x' }, /must not contain credentials/],
    [{ url: 'https://e.com', text: 'x', observedAt: '2018-02-30T10:00:00Z' }, /observedAt/],
    [{ url: 'https://e.com', text: 'x', observedAt: '0000-01-01T00:00:00Z' }, /observedAt/],
    [{ url: 'https://e.com', text: 'x', observedAt: '9999-12-31T00:00:00Z' }, /observedAt/],
    [{ url: 'https://e.com', text: 'x', observedAt: '1989-12-31T23:59:59Z' }, /observedAt/],
    [{ url: 'https://e.com', text: 'x', observedAt: '2026-01-02T00:00:01Z' }, /observedAt/],
    [{ url: 'https://e.com', text: 'x', observedAt: '2018-10-26T16:00:00Zjunk' }, /observedAt/],
    [{ url: 'https://e.com', text: 'x', publishedAt: '9999-12-31xyz' }, /publishedAt/],
    [{ url: 'https://e.com', text: 'x', publishedAt: '9999-12-31' }, /publishedAt/],
    [{ url: 'https://e.com', text: 'x', publishedAt: '0000-01-01' }, /publishedAt/],
    [{ url: 'https://e.com', text: 'x', publishedAt: '2018-02-30' }, /publishedAt/],
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
    expect(result.ok && result.value.observedAt).toBe('2018-10-26T16:00:00.000Z');
  });

  it('given a URL longer than 8192 characters, then it is rejected with a reason', () => {
    const result = parseCaptureRequest({ url: `https://e.com/${'a'.repeat(MAX_URL_LENGTH)}`, text: 'x' }, now);
    expect(result.ok === false && result.reason).toMatch(/"url" must be at most 8192 characters/);
  });

  it('given the latest observedAt and publishedAt allowed (a day from now), then they are kept', () => {
    const result = parseCaptureRequest(
      { url: 'https://e.com', text: 'x', observedAt: '2026-01-02T00:00:00Z', publishedAt: '2026-01-02' },
      now,
    );
    expect(result.ok && [result.value.observedAt, result.value.publishedAt]).toEqual([
      '2026-01-02T00:00:00.000Z',
      '2026-01-02',
    ]);
  });
});

describe(rawBodyCapture.name, () => {
  it('given a text/html body, then it is the html and the query gives the other fields', () => {
    expect(rawBodyCapture('<p>x</p>', { url: 'https://e.com' }, 'text/html; charset=utf-8')).toEqual({
      ok: true,
      value: { url: 'https://e.com', html: '<p>x</p>' },
    });
  });

  it.each(['html', 'text'])('given a body and a "%s" query parameter, then it is refused', (field) => {
    const result = rawBodyCapture('page', { url: 'https://e.com', [field]: 'other' }, 'text/plain');
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.reason).toMatch(`"${field}" query parameter must not be given`);
  });
});
