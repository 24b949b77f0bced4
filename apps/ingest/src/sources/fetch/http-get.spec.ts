import { FetchFailedError } from './fetch-errors';
import { httpGet } from './http-get';
import type { FetchPolicy } from '../sources-config';

const policy: FetchPolicy = {
  userAgent: 'PalimpsestBot/1.0',
  timeoutMs: 1_000,
  maxBytes: 1_024,
  maxRedirects: 2,
  hostConcurrency: 1,
  respectRobots: false,
  robotsTtlMs: 0,
  allowlist: [],
};

// IP-literal hosts are refused before any connection is attempted, so these specs need no network.
describe(httpGet.name, () => {
  it.each(['http://127.0.0.1:9/a', 'http://10.0.0.1/a', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/a'])(
    'given %s and no allowlist, then it is refused naming the address and the setting',
    async (url) => {
      const fetched = httpGet(url, policy, null);
      await expect(fetched).rejects.toBeInstanceOf(FetchFailedError);
      await expect(httpGet(url, policy, null)).rejects.toThrow(
        /loopback, private or link-local address not in SOURCE_FETCH_ALLOWLIST/,
      );
    },
  );
});
