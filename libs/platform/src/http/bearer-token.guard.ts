import { CanActivate, ExecutionContext, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';

/** The app's API token, provided by EdgeSecurityModule from the app's config. */
export const API_TOKEN = Symbol('API_TOKEN');

/**
 * Checks `Authorization: Bearer <API_TOKEN>`. Both sides are hashed first so
 * the comparison is constant-time whatever the length of what was sent.
 */
export class BearerTokenCheck {
  private readonly expected: Buffer | null;

  constructor(apiToken: string) {
    this.expected = apiToken === '' ? null : digest(apiToken);
  }

  /** Why a request with this Authorization header may not write, or null when it may. */
  refusal(header: unknown): string | null {
    if (this.expected === null) return 'writes are disabled: this app has no API_TOKEN configured';
    const token = presentedToken(header);
    if (token === undefined) return 'a bearer token (API_TOKEN) is required: Authorization: Bearer <token>';
    if (!timingSafeEqual(digest(token), this.expected)) return 'the bearer token is not valid';
    return null;
  }
}

/** Requires the bearer token (see BearerTokenCheck); 401 with the reason otherwise. */
@Injectable()
export class BearerTokenGuard implements CanActivate {
  private readonly check: BearerTokenCheck;

  constructor(@Inject(API_TOKEN) apiToken: string) {
    this.check = new BearerTokenCheck(apiToken);
  }

  canActivate(context: ExecutionContext): boolean {
    const refusal = this.check.refusal(context.switchToHttp().getRequest().headers.authorization);
    if (refusal !== null) throw new UnauthorizedException(refusal);
    return true;
  }
}

/** The token in a Bearer Authorization header, if there is one. */
export function presentedToken(header: unknown): string | undefined {
  return typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : undefined;
}

export function digest(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
