import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createProducer, DeadLetterEntry, listDeadLetters, redriveDeadLetters } from '@palimpsest/kafka';
import { WriteEndpoint } from '@palimpsest/platform';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import { valueOrBadRequest } from '../queries/http/parsed';
import { limit } from '../queries/http/query-values';
import { ProjectionResources } from '../projection-resources';
import { DeadLetterListDto, parseRedriveRequest, RedriveOutcomeDto, RedriveRequestDto } from './redrive-request';

class DeadLettersQueryDto extends createZodDto(z.object({ limit: limit(50, 1_000) })) {}

/**
 * The pipeline's dead letters, over HTTP so that putting them back needs the
 * API token (the CLI's `dlq` command calls these): listing is a read like the
 * pipeline health that counts them; redriving is a write.
 */
@ApiTags('health')
@Controller('dead-letters')
export class DeadLettersController {
  constructor(private readonly resources: ProjectionResources) {}

  @Get()
  @ApiOperation({ summary: 'Dead letters, the most recent last, each marked when it has been redriven' })
  @ApiOkResponse({ type: DeadLetterListDto.Output })
  @ApiBadRequestResponse({ description: 'an invalid limit' })
  async list(@Query() { limit: last }: DeadLettersQueryDto) {
    const entries = await listDeadLetters(this.resources.kafka, this.resources.topics);
    return { items: entries.slice(-last).map(deadLetterView) };
  }

  /** `{ "ids": ["P:O", ...] }` or `{ "all": true }`: back on the topic each came from, once. */
  @Post('redrive')
  @HttpCode(200)
  @WriteEndpoint()
  @ApiOperation({ summary: 'Put dead letters back on the topic they came from (bearer token required)' })
  @ApiBody({ type: RedriveRequestDto })
  @ApiOkResponse({ type: RedriveOutcomeDto.Output })
  @ApiBadRequestResponse({ description: 'neither ids nor all, or a malformed id' })
  async redrive(@Body() body: unknown) {
    const selection = valueOrBadRequest(parseRedriveRequest(body));
    const { kafka, topics } = this.resources;
    const producer = createProducer(kafka);
    await producer.connect();
    try {
      return await redriveDeadLetters(kafka, producer, topics, selection);
    } finally {
      await producer.disconnect();
    }
  }
}

/** The message key and value as text (the value may be the very bytes that could not be decoded). */
function deadLetterView({ key, value, ...entry }: DeadLetterEntry) {
  return { ...entry, key: key?.toString('utf8') ?? null, value: value?.toString('utf8') ?? null };
}
