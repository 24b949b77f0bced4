import { DynamicModule, Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { API_TOKEN, BearerTokenGuard } from './bearer-token.guard';
import { TokenThrottlerGuard } from './token-throttler.guard';
import { EDGE_CONFIG, EdgeConfig } from './edge-config';

const ONE_MINUTE_MS = 60_000;

/**
 * Makes the bearer-token guard and the write rate limit available to every
 * controller of the app that imports it (global, so feature modules need no import).
 */
@Module({})
export class EdgeSecurityModule {
  static register(edge: EdgeConfig): DynamicModule {
    return {
      module: EdgeSecurityModule,
      global: true,
      imports: [ThrottlerModule.forRoot([{ name: 'writes', ttl: ONE_MINUTE_MS, limit: edge.rateLimitPerMinute }])],
      providers: [
        { provide: API_TOKEN, useValue: edge.apiToken },
        { provide: EDGE_CONFIG, useValue: edge },
        BearerTokenGuard,
        TokenThrottlerGuard,
      ],
      exports: [API_TOKEN, EDGE_CONFIG, BearerTokenGuard, TokenThrottlerGuard],
    };
  }
}
