import { type Result } from '@palimpsest/contracts';

export interface SourcesRequest {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  body?: object;
}

/** The ingest API call for `sources ACTION` and its options; the API validates the values and answers with reasons. */
export function sourcesRequest(action: string | undefined, values: Record<string, unknown>): Result<SourcesRequest> {
  switch (action) {
    case 'add': {
      if (typeof values.url !== 'string')
        return { ok: false, reason: '--url is required: the page, feed or sitemap to watch' };
      const interval = values.interval === undefined ? undefined : Number(values.interval);
      if (interval !== undefined && !Number.isFinite(interval))
        return { ok: false, reason: '--interval must be a number of seconds' };
      const body = {
        url: values.url,
        kind: values.kind ?? 'url',
        ...(interval === undefined ? {} : { intervalSeconds: interval }),
      };
      return { ok: true, value: { method: 'POST', path: '/sources', body } };
    }
    case 'list':
      return { ok: true, value: { method: 'GET', path: '/sources' } };
    case 'remove':
      if (typeof values.id !== 'string')
        return { ok: false, reason: '--id is required: the source to remove (see `sources list`)' };
      return { ok: true, value: { method: 'DELETE', path: `/sources/${encodeURIComponent(values.id)}` } };
    default:
      return { ok: false, reason: `unknown action '${action}': use add, list or remove` };
  }
}
