import { parseRequest } from '@palimpsest/platform';
import { z } from 'zod/v4';
import { instant, limit, oneOf, positiveInteger, text } from './query-values';

/** One parameter read as the pipe reads it: a member of the query object. */
const read = (schema: z.ZodType, raw: unknown) =>
  parseRequest(
    z.object({ value: schema }).transform(({ value }) => value),
    raw === undefined ? {} : { value: raw },
  );

describe(instant.name, () => {
  const asOf = instant('asOf', 'when');

  it.each([
    ['2018-10-26T20:00:00Z', '2018-10-26T20:00:00.000Z'],
    ['2018-10-26T13:30:00-07:00', '2018-10-26T20:30:00.000Z'],
    ['2018-10-26T20:00', '2018-10-26T20:00:00.000Z'],
    ['2018-10-26', '2018-10-26T00:00:00.000Z'],
  ])('given "%s", when read, then it is the instant %s', (raw, expected) => {
    expect(read(asOf, raw)).toEqual({ ok: true, value: expected });
  });

  it.each(['yesterday', '2018-13-40T00:00:00Z', '26/10/2018', '', '0000-01-01', '2018-02-30', '2018-10-26xyz'])(
    'given "%s", then it is refused naming the parameter',
    (raw) => {
      const parsed = read(asOf, raw);
      expect(parsed.ok).toBe(false);
      expect(!parsed.ok && parsed.reason).toContain('"asOf" must be an ISO 8601');
    },
  );

  it('given nothing, then there is no instant', () => {
    expect(read(asOf, undefined)).toEqual({ ok: true, value: undefined });
  });

  it('given a repeated parameter, then it is refused', () => {
    expect(read(asOf, ['a', 'b'])).toEqual({ ok: false, reason: '"asOf" must be given once' });
  });
});

describe(positiveInteger.name, () => {
  const n = positiveInteger('n', 'a number');

  it.each(['0', '-1', '1.5', 'two', '12345678901'])('given "%s", then it is refused', (raw) => {
    expect(read(n, raw).ok).toBe(false);
  });
  it('given "3", then it is 3', () => {
    expect(read(n, '3')).toEqual({ ok: true, value: 3 });
  });
});

describe(limit.name, () => {
  it('given nothing, then the default applies', () => {
    expect(read(limit(50, 500), undefined)).toEqual({ ok: true, value: 50 });
  });
  it('given more than the maximum, then it is refused with the maximum named', () => {
    expect(read(limit(50, 500), '501')).toEqual({ ok: false, reason: '"limit" must be at most 500 (got 501)' });
  });
});

describe(oneOf.name, () => {
  it('given a value outside the set, then the reason lists the allowed values', () => {
    expect(read(oneOf('axis', ['effective', 'observed'], 'which time'), 'sideways')).toEqual({
      ok: false,
      reason: '"axis" must be one of "effective", "observed" (got "sideways")',
    });
  });
});

describe(text.name, () => {
  it('given blank text, then it is refused', () => {
    expect(read(text('q', 'words'), '  ').ok).toBe(false);
  });
  it('given text over the bound, then it is refused', () => {
    expect(read(text('q', 'words', 10), 'x'.repeat(11)).ok).toBe(false);
  });
});
