import { applyDecorators, UseGuards } from '@nestjs/common';
import { BearerTokenGuard } from './bearer-token.guard';
import { TokenThrottlerGuard } from './token-throttler.guard';

/**
 * Marks a controller or handler that changes state (or reads what only token
 * holders may see): a bearer token is required first, then the write rate limit
 * applies per token. Needs EdgeSecurityModule in the app. Write methods are
 * also refused before their body is read (see writeTokenGate).
 */
export function WriteEndpoint(): ClassDecorator & MethodDecorator {
  return applyDecorators(UseGuards(BearerTokenGuard, TokenThrottlerGuard));
}
