import { TIME_AXES, TimeAxis } from '../changes-feed/changes-query';
import { accept, Parsed, refuse } from '../http/parsed';
import { instant, oneOf } from '../http/query-values';

/** `GET /reports/:id/figures`: no `asOf` means the current figures. */
export type FiguresQuery = { asOf: null } | { asOf: string; axis: TimeAxis };

export function parseFiguresQuery(query: Record<string, unknown>): Parsed<FiguresQuery> {
  const asOf = instant('asOf', query.asOf);
  if (!asOf.ok) return asOf;
  const axis = oneOf('axis', query.axis, TIME_AXES);
  if (!axis.ok) return axis;
  if (asOf.value === undefined) {
    return axis.value === undefined ? accept({ asOf: null }) : refuse('"axis" needs "asOf": the instant to read at');
  }
  return accept({ asOf: asOf.value, axis: axis.value ?? 'effective' });
}
