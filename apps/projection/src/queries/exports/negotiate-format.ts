export type ExportFormat = 'json' | 'csv' | 'jsonl';

const SUFFIXES: Record<string, ExportFormat> = { '.csv': 'csv', '.jsonl': 'jsonl', '.ndjson': 'jsonl' };

const MEDIA_TYPES: Record<string, ExportFormat> = {
  'application/json': 'json',
  'text/csv': 'csv',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'application/x-jsonlines': 'jsonl',
};

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
};

/**
 * The representation a request asks for: a path suffix (`.csv`, `.jsonl`)
 * wins, then the Accept header's most preferred type we serve (RFC 9110
 * §12.5.1 q-values), else JSON.
 */
export function negotiateFormat(path: string, acceptHeader: string | undefined): ExportFormat {
  const suffix = /\.[a-z]+$/.exec(path)?.[0];
  if (suffix && SUFFIXES[suffix]) return SUFFIXES[suffix];
  const ranked = (acceptHeader ?? '')
    .split(',')
    .map((entry, order) => {
      const [type, ...parameters] = entry.split(';').map((part) => part.trim().toLowerCase());
      const q = parameters.find((parameter) => parameter.startsWith('q='));
      return { type, quality: q ? Number(q.slice(2)) : 1, order };
    })
    .filter(({ type, quality }) => MEDIA_TYPES[type] && quality > 0)
    .sort((a, b) => b.quality - a.quality || a.order - b.order);
  return ranked.length > 0 ? MEDIA_TYPES[ranked[0].type] : 'json';
}
