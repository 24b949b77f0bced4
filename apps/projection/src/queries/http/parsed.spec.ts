import { BadRequestException } from '@nestjs/common';
import { refuse, valueOrBadRequest } from './parsed';

describe(valueOrBadRequest.name, () => {
  it('given a refusal, then a 400 carries the reason as its message', () => {
    expect(() => valueOrBadRequest(refuse('"asOf" must be an ISO 8601 date'))).toThrow(
      new BadRequestException('"asOf" must be an ISO 8601 date'),
    );
  });
});
