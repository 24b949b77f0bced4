import { parseNewSource, parseSourceChanges } from './source-request';

const bounds = { defaultMs: 3_600_000, minMs: 60_000 };
const now = new Date('2026-01-01T00:00:00Z');

describe(parseNewSource.name, () => {
  it('given only a url, then it is a url source with the default interval, enabled, created now', () => {
    const parsed = parseNewSource({ url: 'https://news.example/a' }, bounds, now);
    expect(parsed).toEqual({
      ok: true,
      value: {
        id: expect.stringMatching(/^src_[0-9a-f]{20}$/),
        kind: 'url',
        url: 'https://news.example/a',
        intervalMs: 3_600_000,
        enabled: true,
        createdAt: '2026-01-01T00:00:00.000Z',
      },
    });
  });

  it('given two spellings of one feed, then they get one id; another kind gets another', () => {
    const id = (body: object) => {
      const parsed = parseNewSource(body, bounds, now);
      return parsed.ok ? parsed.value.id : null;
    };
    expect(id({ url: 'https://News.example/feed/', kind: 'feed' })).toBe(
      id({ url: 'https://news.example/feed', kind: 'feed' }),
    );
    expect(id({ url: 'https://news.example/feed', kind: 'sitemap' })).not.toBe(
      id({ url: 'https://news.example/feed', kind: 'feed' }),
    );
  });

  it.each([
    [{}, /"url" is required/],
    [{ url: 'file:///etc/passwd' }, /http or https/],
    [{ url: 'https://u:p@news.example/' }, /credentials/],
    [{ url: 'https://news.example/', kind: 'ftp' }, /"kind" must be one of url, feed, sitemap/],
    [{ url: 'https://news.example/', intervalSeconds: 5 }, /at least 60/],
    [{ url: 'https://news.example/', intervalSeconds: '60' }, /must be a number/],
    ['url', /JSON object/],
  ])('given %j, then it is refused with the reason', (body, reason) => {
    const parsed = parseNewSource(body, bounds, now);
    expect(parsed.ok === false && parsed.reason).toMatch(reason);
  });
});

describe(parseSourceChanges.name, () => {
  it('given an interval and enabled, then both change', () => {
    expect(parseSourceChanges({ intervalSeconds: 120, enabled: false }, bounds)).toEqual({
      ok: true,
      value: { intervalMs: 120_000, enabled: false },
    });
  });

  it('given nothing to change or a bad value, then it says so', () => {
    expect(parseSourceChanges({}, bounds)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/nothing to change/),
    });
    expect(parseSourceChanges({ enabled: 'no' }, bounds)).toMatchObject({ ok: false });
  });
});
