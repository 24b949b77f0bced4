/** One file of a directory import as the manifest describes it. */
export interface ManifestEntry {
  file: string;
  url?: string;
  observedAt?: string;
  publishedAt?: string;
}

/**
 * manifest.json: an array of entries, or `{ "captures": [...] }`, each with
 * `file` and optionally `url`, `observedAt`, `publishedAt`.
 */
export function parseJsonManifest(text: string): ManifestEntry[] {
  const json: unknown = JSON.parse(text);
  const list = Array.isArray(json) ? json : (json as { captures?: unknown } | null)?.captures;
  if (!Array.isArray(list)) throw new Error('manifest.json must be an array of entries or { "captures": [...] }');
  return list.map((entry, index) => {
    const { file, url, observedAt, publishedAt } = (entry ?? {}) as Record<string, unknown>;
    if (typeof file !== 'string' || file === '') throw new Error(`manifest.json entry ${index + 1} has no "file"`);
    return { file, ...optional({ url, observedAt, publishedAt }) };
  });
}

/** manifest.csv: a header row naming `file` and any of `url`, `observedAt`, `publishedAt`; RFC 4180 quoting. */
export function parseCsvManifest(text: string): ManifestEntry[] {
  const [header, ...rows] = csvRows(text).filter((row) => row.some((cell) => cell.trim() !== ''));
  if (!header) return [];
  const columns = header.map((name) => name.trim());
  if (!columns.includes('file')) throw new Error('manifest.csv needs a "file" column');
  return rows.map((row) => {
    const cells = Object.fromEntries(columns.map((name, index) => [name, row[index]?.trim()]));
    return {
      file: cells.file,
      ...optional({ url: cells.url, observedAt: cells.observedAt, publishedAt: cells.publishedAt }),
    };
  });
}

function optional(fields: Record<string, unknown>): Partial<ManifestEntry> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => typeof value === 'string' && value !== ''));
}

function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted) {
      cell += char;
    } else if (char === ',') {
      endCell();
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else {
      cell += char;
    }
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}
