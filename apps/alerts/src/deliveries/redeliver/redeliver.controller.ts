import { ConflictException, Controller, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiConflictResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { WriteEndpoint } from '@palimpsest/platform';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import { AlertsResources } from '../../alerts-resources';
import { DeliveriesRepository } from '../deliveries.repository';
import { DeliveryWorker } from '../send-deliveries/delivery-worker';

class RequeuedDto extends createZodDto(z.object({ id: z.string(), status: z.literal('pending') })) {}

@ApiTags('deliveries')
@Controller('deliveries/:id/redeliver')
@WriteEndpoint()
export class RedeliverController {
  constructor(
    private readonly resources: AlertsResources,
    private readonly deliveries: DeliveriesRepository,
    private readonly worker: DeliveryWorker,
  ) {}

  /** 202: the delivery is queued again with a fresh round of attempts, the same id and the same body. */
  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({ type: RequeuedDto.Output })
  @ApiNotFoundResponse({ description: 'unknown delivery' })
  @ApiConflictResponse({ description: 'already pending' })
  async redeliver(@Param('id', ParseUUIDPipe) id: string) {
    const result = await this.deliveries.requeue(this.resources.dataSource.manager, id);
    if (result === 'missing') throw new NotFoundException(`no delivery ${id}`);
    if (result === 'pending') throw new ConflictException(`delivery ${id} is already pending`);
    this.worker.nudge();
    return { id, status: 'pending' as const };
  }
}
