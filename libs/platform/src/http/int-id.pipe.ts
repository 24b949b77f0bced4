import { BadRequestException, Injectable, PipeTransform } from '@nestjs/common';

/** The largest Postgres `integer`: numbered rows (rebuild generations ...) cannot go beyond it. */
export const MAX_INT_ID = 2_147_483_647;

/**
 * A path parameter that names a row by its positive integer number. Unlike
 * ParseIntPipe it refuses numbers the database cannot hold (a 500 otherwise).
 */
@Injectable()
export class ParseIntIdPipe implements PipeTransform<string, number> {
  constructor(private readonly name: string) {}

  transform(value: string): number {
    const number = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
    if (!(number >= 1 && number <= MAX_INT_ID))
      throw new BadRequestException(`"${this.name}" must be a whole number from 1 to ${MAX_INT_ID} (got "${value}")`);
    return number;
  }
}
