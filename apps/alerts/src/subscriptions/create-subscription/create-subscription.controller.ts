import { Body, Controller, Post, UseGuards } from '@nestjs/common';
import { BearerTokenGuard } from '../../auth/bearer-token.guard';
import { CreateSubscriptionService } from './create-subscription.service';

@Controller('subscriptions')
@UseGuards(BearerTokenGuard)
export class CreateSubscriptionController {
  constructor(private readonly createSubscription: CreateSubscriptionService) {}

  /** 201 with the subscription and its signing secret, which is shown this once and never again. */
  @Post()
  create(@Body() body: unknown) {
    return this.createSubscription.create(body);
  }
}
