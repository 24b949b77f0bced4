import { Parsed } from '../queries/http/parsed';

export type RedriveSelection = { ids: string[] } | 'all';

/** A dead letter's id as `GET /dead-letters` shows it: partition and offset in the dead-letter topic. */
const ENTRY_ID = /^\d{1,9}:\d{1,19}$/;
const MAX_IDS = 1_000;

/** Reads `POST /dead-letters/redrive`: `{ "ids": ["P:O", ...] }` or `{ "all": true }`. */
export function parseRedriveRequest(body: unknown): Parsed<RedriveSelection> {
  const refuse = (reason: string): Parsed<RedriveSelection> => ({ ok: false, reason });
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return refuse('the body must be a JSON object: { "ids": ["PARTITION:OFFSET", ...] } or { "all": true }');
  const { ids, all } = body as Record<string, unknown>;
  if (ids !== undefined && all !== undefined) return refuse('give either "ids" or "all", not both');
  if (all !== undefined) return all === true ? { ok: true, value: 'all' } : refuse('"all" must be true');
  if (!Array.isArray(ids) || ids.length === 0)
    return refuse('name what to redrive: "ids" (a non-empty list of PARTITION:OFFSET) or "all": true');
  if (ids.length > MAX_IDS) return refuse(`"ids" may name at most ${MAX_IDS} dead letters at once`);
  const bad = ids.find((id) => typeof id !== 'string' || !ENTRY_ID.test(id));
  if (bad !== undefined)
    return refuse(`each id must look like PARTITION:OFFSET, as GET /dead-letters shows (got ${JSON.stringify(bad)})`);
  return { ok: true, value: { ids: [...new Set(ids as string[])] } };
}
