import { BadRequestException } from '@nestjs/common';
import { accept, allOf, refuse, valueOrBadRequest } from './parsed';

describe(allOf.name, () => {
  it('given every part accepted, then their values come back under their names', () => {
    expect(allOf({ from: accept(1), to: accept('x') })).toEqual({ ok: true, value: { from: 1, to: 'x' } });
  });

  it('given refusals, then the first one is the reason', () => {
    expect(allOf({ from: accept(1), to: refuse('"to" is bad'), limit: refuse('"limit" is bad') })).toEqual({
      ok: false,
      reason: '"to" is bad',
    });
  });
});

describe(valueOrBadRequest.name, () => {
  it('given a refusal, then a 400 carries the reason as its message', () => {
    expect(() => valueOrBadRequest(refuse('"asOf" must be an ISO 8601 date'))).toThrow(
      new BadRequestException('"asOf" must be an ISO 8601 date'),
    );
  });
});
