import { type Result } from '@palimpsest/contracts';

export type DlqRequest =
  { action: 'list'; limit: number; json: boolean } | { action: 'redrive'; selection: { ids: string[] } | 'all' };

const ENTRY_ID = /^\d+:\d+$/;

/** Reads `dlq list [--limit N] [--json]` and `dlq redrive (--id P:O ... | --all)`. */
export function parseDlqOptions(action: string, values: Record<string, unknown>): Result<DlqRequest> {
  if (action === 'list') return parseList(values);
  if (action === 'redrive') return parseRedrive(values);
  return { ok: false, reason: `unknown action '${action}': use 'list' or 'redrive'` };
}

function parseList(values: Record<string, unknown>): Result<DlqRequest> {
  const raw = values.limit === undefined ? '50' : String(values.limit);
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1)
    return { ok: false, reason: `--limit must be a positive integer, got '${raw}'` };
  return { ok: true, value: { action: 'list', limit, json: values.json === true } };
}

function parseRedrive(values: Record<string, unknown>): Result<DlqRequest> {
  const ids = Array.isArray(values.id) ? values.id.map(String) : [];
  if (values.all === true && ids.length > 0) return { ok: false, reason: 'give either --id or --all, not both' };
  if (values.all === true) return { ok: true, value: { action: 'redrive', selection: 'all' } };
  if (ids.length === 0)
    return { ok: false, reason: 'name what to redrive: --id PARTITION:OFFSET (repeatable) or --all' };
  const bad = ids.find((id) => !ENTRY_ID.test(id));
  if (bad) return { ok: false, reason: `--id must look like PARTITION:OFFSET (as 'dlq list' shows), got '${bad}'` };
  return { ok: true, value: { action: 'redrive', selection: { ids } } };
}
