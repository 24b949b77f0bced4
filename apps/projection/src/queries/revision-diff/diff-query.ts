import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import { positiveInteger } from '../http/query-values';

/** `?from=&to=`: two revision numbers, both required; from after to gives the diff read backwards. */
export const diffQuery = z
  .object({ from: positiveInteger('from', 'revision number'), to: positiveInteger('to', 'revision number') })
  .refine(({ from, to }) => from !== to, { error: '"from" and "to" must name two different revisions' });

export class DiffQueryDto extends createZodDto(diffQuery) {}
