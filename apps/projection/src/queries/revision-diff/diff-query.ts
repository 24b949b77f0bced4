import { accept, Parsed, refuse } from '../http/parsed';
import { positiveInteger } from '../http/query-values';

export interface DiffQuery {
  from: number;
  to: number;
}

/** `?from=&to=`: two revision numbers, both required; from after to gives the diff read backwards. */
export function parseDiffQuery(query: Record<string, unknown>): Parsed<DiffQuery> {
  const from = positiveInteger('from', query.from);
  if (!from.ok) return from;
  const to = positiveInteger('to', query.to);
  if (!to.ok) return to;
  if (from.value === undefined || to.value === undefined)
    return refuse('"from" and "to" revision numbers are required');
  if (from.value === to.value) return refuse('"from" and "to" must name two different revisions');
  return accept({ from: from.value, to: to.value });
}
