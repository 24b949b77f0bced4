import {
  BadRequestException,
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  Patch,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { WriteEndpoint } from '@palimpsest/platform';
import { DeliveryWorker } from '../../deliveries/send-deliveries/delivery-worker';
import { publicView, Subscription } from '../subscription';
import { SubscriptionListDto, SubscriptionViewDto } from '../subscription-views';
import { SubscriptionsRepository } from '../subscriptions.repository';
import { parseStatusChange, StatusChangeDto } from './status-change';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@ApiTags('subscriptions')
@ApiNotFoundResponse({ description: 'unknown subscription' })
@Controller('subscriptions')
@WriteEndpoint()
export class ManageSubscriptionController {
  constructor(
    private readonly subscriptions: SubscriptionsRepository,
    private readonly worker: DeliveryWorker,
  ) {}

  @Get()
  @ApiOkResponse({ type: SubscriptionListDto.Output })
  async list() {
    return { items: (await this.subscriptions.list()).map(publicView) };
  }

  @Get(':id')
  @ApiOkResponse({ type: SubscriptionViewDto.Output })
  async get(@Param('id') id: string) {
    return publicView(found(UUID.test(id) ? await this.subscriptions.find(id) : null, id));
  }

  /** `{ "status": "paused" }` stops alerting (matching events are skipped, queued ones wait); "active" resumes. */
  @Patch(':id')
  @ApiBody({ type: StatusChangeDto })
  @ApiOkResponse({ type: SubscriptionViewDto.Output })
  @ApiBadRequestResponse({ description: 'neither status nor paused' })
  async patch(@Param('id') id: string, @Body() body: unknown) {
    const change = parseStatusChange(body);
    if (!change.ok) throw new BadRequestException(change.reason);
    const updated = found(UUID.test(id) ? await this.subscriptions.setStatus(id, change.value) : null, id);
    // Deliveries that waited while it was paused are due now.
    if (updated.status === 'active') this.worker.nudge();
    return publicView(updated);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'deleted' })
  async remove(@Param('id') id: string): Promise<void> {
    if (!UUID.test(id) || !(await this.subscriptions.delete(id))) throw new NotFoundException(`no subscription ${id}`);
  }
}

function found(subscription: Subscription | null, id: string): Subscription {
  if (!subscription) throw new NotFoundException(`no subscription ${id}`);
  return subscription;
}
