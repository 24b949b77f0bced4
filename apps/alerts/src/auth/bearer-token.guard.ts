import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import { AlertsResources } from '../alerts-resources';

/** Requires `Authorization: Bearer <API_TOKEN>`; compared in constant time. */
@Injectable()
export class BearerTokenGuard implements CanActivate {
  private readonly expected: Buffer;

  constructor(resources: AlertsResources) {
    this.expected = digest(resources.config.apiToken);
  }

  canActivate(context: ExecutionContext): boolean {
    const header: unknown = context.switchToHttp().getRequest().headers.authorization;
    const token = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : undefined;
    if (token === undefined || !timingSafeEqual(digest(token), this.expected)) {
      throw new UnauthorizedException('a bearer token (API_TOKEN) is required: Authorization: Bearer <token>');
    }
    return true;
  }
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
