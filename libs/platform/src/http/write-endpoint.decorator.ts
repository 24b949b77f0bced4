import { applyDecorators, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { BearerTokenGuard } from './bearer-token.guard';

/**
 * Marks a controller or handler that changes state: rate-limited first (so a
 * flood of guesses is throttled before any token is compared), then a bearer
 * token is required. Needs EdgeSecurityModule in the app.
 */
export function WriteEndpoint(): ClassDecorator & MethodDecorator {
  return applyDecorators(UseGuards(ThrottlerGuard, BearerTokenGuard));
}
