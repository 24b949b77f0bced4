import { applyDecorators, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { BearerTokenGuard } from './bearer-token.guard';
import { TokenThrottlerGuard } from './token-throttler.guard';

/**
 * Marks a controller or handler that changes state (or reads what only token
 * holders may see): a bearer token is required first, then the write rate limit
 * applies per token. Needs EdgeSecurityModule in the app. Write methods are
 * also refused before their body is read (see writeTokenGate). The API docs
 * mark it as needing the token their Authorize button takes.
 */
export function WriteEndpoint(): ClassDecorator & MethodDecorator {
  return applyDecorators(
    UseGuards(BearerTokenGuard, TokenThrottlerGuard),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'no or wrong bearer token' }),
    ApiTooManyRequestsResponse({ description: 'over RATE_LIMIT_PER_MINUTE' }),
  );
}
