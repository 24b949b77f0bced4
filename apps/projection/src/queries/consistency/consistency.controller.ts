import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { requireReport } from '../http/require-report';
import { ConsistencyListDto } from '../http/responses';
import { ReadModelsRepository } from '../read-models.repository';
import { ConsistencyRepository } from './consistency.repository';

@ApiTags('consistency')
@Controller('reports')
export class ConsistencyController {
  constructor(
    private readonly readModels: ReadModelsRepository,
    private readonly consistency: ConsistencyRepository,
  ) {}

  @Get(':id/consistency')
  @ApiOperation({
    summary: 'Stated totals and their parts per revision: whether they add up, and which revision breaks one that held',
  })
  @ApiOkResponse({ type: ConsistencyListDto.Output })
  @ApiNotFoundResponse({ description: 'unknown report' })
  async list(@Param('id') id: string) {
    await requireReport(this.readModels, id);
    return { items: await this.consistency.findConsistency(id) };
  }
}
