import { Body, Controller, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { WriteEndpoint } from '@palimpsest/platform';
import { CreatedSubscriptionDto } from '../subscription-views';
import { CreateSubscriptionService } from './create-subscription.service';
import { SubscriptionRequestDto } from './subscription-request';

@ApiTags('subscriptions')
@Controller('subscriptions')
@WriteEndpoint()
export class CreateSubscriptionController {
  constructor(private readonly createSubscription: CreateSubscriptionService) {}

  /** 201 with the subscription and its signing secret, which is shown this once and never again. */
  @Post()
  @ApiCreatedResponse({ type: CreatedSubscriptionDto.Output })
  @ApiBadRequestResponse({ description: 'an invalid field or a private webhook address, named in the message' })
  create(@Body() request: SubscriptionRequestDto) {
    return this.createSubscription.create(request);
  }
}
