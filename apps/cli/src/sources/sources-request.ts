export type SourcesRequest =
  { ok: true; method: 'GET' | 'POST' | 'DELETE'; path: string; body?: object } | { ok: false; message: string };

/** The ingest API call for `sources ACTION` and its options; the API validates the values and answers with reasons. */
export function sourcesRequest(action: string | undefined, values: Record<string, unknown>): SourcesRequest {
  switch (action) {
    case 'add': {
      if (typeof values.url !== 'string')
        return { ok: false, message: '--url is required: the page, feed or sitemap to watch' };
      const interval = values.interval === undefined ? undefined : Number(values.interval);
      if (interval !== undefined && !Number.isFinite(interval))
        return { ok: false, message: '--interval must be a number of seconds' };
      const body = {
        url: values.url,
        kind: values.kind ?? 'url',
        ...(interval === undefined ? {} : { intervalSeconds: interval }),
      };
      return { ok: true, method: 'POST', path: '/sources', body };
    }
    case 'list':
      return { ok: true, method: 'GET', path: '/sources' };
    case 'remove':
      if (typeof values.id !== 'string')
        return { ok: false, message: '--id is required: the source to remove (see `sources list`)' };
      return { ok: true, method: 'DELETE', path: `/sources/${encodeURIComponent(values.id)}` };
    default:
      return { ok: false, message: `unknown action '${action}': use add, list or remove` };
  }
}
