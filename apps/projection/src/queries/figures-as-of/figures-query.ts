import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import { TIME_AXES, type TimeAxis } from '../changes-feed/changes-query';
import { instant, oneOf } from '../http/query-values';

/** `GET /reports/:id/figures`: no `asOf` means the current figures. */
export const figuresQuery = z
  .object({
    asOf: instant('asOf', 'the instant to read the figures at; absent: the current figures'),
    axis: oneOf(
      'axis',
      TIME_AXES,
      'effective (default): what the report said at asOf; observed: what we had recorded by asOf. Needs asOf',
    ),
  })
  .refine(({ asOf, axis }) => asOf !== undefined || axis === undefined, {
    error: '"axis" needs "asOf": the instant to read at',
  })
  .transform(({ asOf, axis }): { asOf?: string; axis: TimeAxis } => ({ asOf, axis: axis ?? 'effective' }));

export class FiguresQueryDto extends createZodDto(figuresQuery) {}
