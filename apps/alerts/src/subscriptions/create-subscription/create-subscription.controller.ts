import { Body, Controller, Post } from '@nestjs/common';
import { WriteEndpoint } from '@palimpsest/platform';
import { CreateSubscriptionService } from './create-subscription.service';

@Controller('subscriptions')
@WriteEndpoint()
export class CreateSubscriptionController {
  constructor(private readonly createSubscription: CreateSubscriptionService) {}

  /** 201 with the subscription and its signing secret, which is shown this once and never again. */
  @Post()
  create(@Body() body: unknown) {
    return this.createSubscription.create(body);
  }
}
