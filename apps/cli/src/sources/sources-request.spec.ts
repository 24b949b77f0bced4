import { sourcesRequest } from './sources-request';

describe(sourcesRequest.name, () => {
  it('given add with a feed and an interval, then it posts the source', () => {
    expect(sourcesRequest('add', { url: 'https://news.example/feed', kind: 'feed', interval: '900' })).toEqual({
      ok: true,
      value: {
        method: 'POST',
        path: '/sources',
        body: { url: 'https://news.example/feed', kind: 'feed', intervalSeconds: 900 },
      },
    });
  });

  it('given list and remove, then they get and delete', () => {
    expect(sourcesRequest('list', {})).toEqual({ ok: true, value: { method: 'GET', path: '/sources' } });
    expect(sourcesRequest('remove', { id: 'src_1' })).toEqual({
      ok: true,
      value: { method: 'DELETE', path: '/sources/src_1' },
    });
  });

  it.each([
    ['add', {}, /--url is required/],
    ['add', { url: 'u', interval: 'often' }, /--interval must be a number/],
    ['remove', {}, /--id is required/],
    ['watch', {}, /unknown action 'watch'/],
  ])('given %s with %j, then it says what is wrong', (action, values, message) => {
    const request = sourcesRequest(action, values);
    expect(request.ok === false && request.reason).toMatch(message);
  });
});
