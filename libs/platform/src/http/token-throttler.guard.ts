import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { digest, presentedToken } from './bearer-token.guard';

/**
 * The write rate limit, counted per bearer token rather than per client address:
 * it runs after the token check, so a request without the token never takes from
 * a token holder's allowance, and writers behind one proxy do not share theirs.
 */
@Injectable()
export class TokenThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(request: Record<string, any>): Promise<string> {
    const token = presentedToken(request.headers?.authorization);
    return token === undefined ? `address:${String(request.ip)}` : `token:${digest(token).toString('hex')}`;
  }
}
