import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query, UseGuards } from '@nestjs/common';
import { BearerTokenGuard } from '@palimpsest/platform';
import { SubscriptionsRepository } from '../../subscriptions/subscriptions.repository';
import { DeliveryLogRepository } from './delivery-log.repository';

@Controller('subscriptions/:id/deliveries')
@UseGuards(BearerTokenGuard)
export class DeliveryLogController {
  constructor(
    private readonly subscriptions: SubscriptionsRepository,
    private readonly log: DeliveryLogRepository,
  ) {}

  /** Attempts, status codes, latency, next retry and dead-lettered deliveries, newest first. */
  @Get()
  async list(@Param('id', ParseUUIDPipe) id: string, @Query('limit') limit = '100') {
    if (!(await this.subscriptions.find(id))) throw new NotFoundException(`no subscription ${id}`);
    const bounded = Math.min(Math.max(Number.parseInt(limit, 10) || 100, 1), 1_000);
    return { items: await this.log.forSubscription(id, bounded) };
  }
}
