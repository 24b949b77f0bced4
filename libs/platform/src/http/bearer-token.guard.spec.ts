import type { ExecutionContext } from '@nestjs/common';
import { UnauthorizedException } from '@nestjs/common';
import { BearerTokenGuard } from './bearer-token.guard';

const TOKEN = 'a-token-of-sufficient-length';

function withAuthorization(authorization?: string): ExecutionContext {
  const request = { headers: authorization === undefined ? {} : { authorization } };
  return { switchToHttp: () => ({ getRequest: () => request }) } as unknown as ExecutionContext;
}

describe(BearerTokenGuard.name, () => {
  const sut = new BearerTokenGuard(TOKEN);

  it('given the configured token, then the request passes', () => {
    expect(sut.canActivate(withAuthorization(`Bearer ${TOKEN}`))).toBe(true);
  });

  it.each([
    ['no header', undefined, /is required/],
    ['another scheme', `Basic ${TOKEN}`, /is required/],
    ['a token of another length', 'Bearer short', /not valid/],
    ['a token differing in one character', `Bearer ${TOKEN.slice(0, -1)}X`, /not valid/],
  ])('given %s, then it is refused with 401 and a reason', (_, header, reason) => {
    expect(() => sut.canActivate(withAuthorization(header))).toThrow(UnauthorizedException);
    expect(() => sut.canActivate(withAuthorization(header))).toThrow(reason);
  });

  it('given an app with no token configured, then every write is refused', () => {
    expect(() => new BearerTokenGuard('').canActivate(withAuthorization('Bearer '))).toThrow(/no API_TOKEN configured/);
  });
});
