import { CanActivate, ExecutionContext, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';

/** The app's API token, provided by EdgeSecurityModule from the app's config. */
export const API_TOKEN = Symbol('API_TOKEN');

/**
 * Requires `Authorization: Bearer <API_TOKEN>`. Both sides are hashed first so
 * the comparison is constant-time whatever the length of what was sent.
 */
@Injectable()
export class BearerTokenGuard implements CanActivate {
  private readonly expected: Buffer | null;

  constructor(@Inject(API_TOKEN) apiToken: string) {
    this.expected = apiToken === '' ? null : digest(apiToken);
  }

  canActivate(context: ExecutionContext): boolean {
    if (this.expected === null)
      throw new UnauthorizedException('writes are disabled: this app has no API_TOKEN configured');
    const header: unknown = context.switchToHttp().getRequest().headers.authorization;
    const token = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : undefined;
    if (token === undefined) {
      throw new UnauthorizedException('a bearer token (API_TOKEN) is required: Authorization: Bearer <token>');
    }
    if (!timingSafeEqual(digest(token), this.expected))
      throw new UnauthorizedException('the bearer token is not valid');
    return true;
  }
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
