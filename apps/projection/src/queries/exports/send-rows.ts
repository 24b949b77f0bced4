import type { ExportColumns } from './flat-record';
import { negotiateFormat } from './negotiate-format';
import { renderExport } from './render-export';

/** The parts of Express's request and response an export reads and sets (Express ships no types here). */
export interface ExportRequest {
  path: string;
  headers: { accept?: string };
}
export interface ExportResponse {
  vary(field: string): unknown;
  type(contentType: string): unknown;
  setHeader(name: string, value: string): unknown;
}

/**
 * Answers with `json()` for JSON, or with the rows as CSV / JSON Lines when the
 * path suffix or the Accept header asks for one of them.
 */
export function sendRows<Row>(
  request: ExportRequest,
  response: ExportResponse,
  columns: ExportColumns<Row>,
  rows: readonly Row[],
  json: () => unknown,
): unknown {
  const format = negotiateFormat(request.path, request.headers.accept);
  response.vary('Accept');
  if (format === 'json') return json();
  const { contentType, body } = renderExport(format, columns, rows);
  response.type(contentType);
  return body;
}
