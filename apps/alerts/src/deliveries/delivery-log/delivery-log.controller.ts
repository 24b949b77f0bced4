import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { BearerTokenGuard } from '@palimpsest/platform';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import { SubscriptionsRepository } from '../../subscriptions/subscriptions.repository';
import { DeliveryLogRepository } from './delivery-log.repository';

class DeliveryLogQueryDto extends createZodDto(
  z.object({
    limit: z
      .string()
      .optional()
      // A page size out of range is brought into it, not refused: this is a log to look at.
      .transform((raw) => Math.min(Math.max(Number.parseInt(raw ?? '', 10) || 100, 1), 1_000))
      .describe('how many deliveries, newest first: default 100, 1 to 1000'),
  }),
) {}

const instant = z.string().nullable().describe('ISO 8601 instant');

class DeliveryLogDto extends createZodDto(
  z.object({
    items: z.array(
      z.object({
        id: z.string().describe('derived from (subscription, report, revision) or (subscription, note)'),
        eventId: z.string(),
        reportId: z.string(),
        status: z.string().describe('pending, delivered or dead-lettered'),
        attempts: z.number().int(),
        nextAttemptAt: instant,
        deadLettered: z.boolean(),
        lastError: z.string().nullable(),
        createdAt: instant,
        deliveredAt: instant,
        deadLetteredAt: instant,
        attemptLog: z.array(
          z.object({
            attempt: z.number().int(),
            startedAt: instant,
            latencyMs: z.number().nullable(),
            statusCode: z.number().int().nullable(),
            error: z.string().nullable(),
            outcome: z.string(),
            retryInMs: z.number().nullable(),
            nextRetryAt: instant,
          }),
        ),
      }),
    ),
  }),
) {}

@ApiTags('deliveries')
@ApiBearerAuth()
@Controller('subscriptions/:id/deliveries')
@UseGuards(BearerTokenGuard)
export class DeliveryLogController {
  constructor(
    private readonly subscriptions: SubscriptionsRepository,
    private readonly log: DeliveryLogRepository,
  ) {}

  /** Attempts, status codes, latency, next retry and dead-lettered deliveries, newest first. */
  @Get()
  @ApiOkResponse({ type: DeliveryLogDto.Output })
  @ApiNotFoundResponse({ description: 'unknown subscription' })
  async list(@Param('id', ParseUUIDPipe) id: string, @Query() { limit }: DeliveryLogQueryDto) {
    if (!(await this.subscriptions.find(id))) throw new NotFoundException(`no subscription ${id}`);
    return { items: await this.log.forSubscription(id, limit) };
  }
}
