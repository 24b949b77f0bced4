import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { requireReport } from '../http/require-report';
import { FiguresDto } from '../http/responses';
import { ReadModelsRepository } from '../read-models.repository';
import { FiguresAsOfRepository } from './figures-as-of.repository';
import { FiguresQueryDto } from './figures-query';

@ApiTags('figures')
@Controller('reports')
export class FiguresController {
  constructor(
    private readonly readModels: ReadModelsRepository,
    private readonly asOf: FiguresAsOfRepository,
  ) {}

  @Get(':id/figures')
  @ApiOperation({
    summary: "A report's figures now, or as of an instant",
    description:
      'axis=effective: what the report said at `asOf` (publisher time); axis=observed: what we had recorded by `asOf`.',
  })
  @ApiOkResponse({
    type: FiguresDto.Output,
    description: '{ items } now; { asOf, axis, revision, items } as of an instant',
  })
  @ApiBadRequestResponse({ description: 'a malformed asOf or an unknown axis, named in the message' })
  @ApiNotFoundResponse({ description: 'unknown report' })
  async figures(@Param('id') id: string, @Query() parsed: FiguresQueryDto) {
    await requireReport(this.readModels, id);
    if (parsed.asOf === undefined) return { items: await this.readModels.findCurrentFigures(id) };
    const [revision, items] = await Promise.all([
      this.asOf.findRevisionAt(id, parsed.asOf, parsed.axis),
      this.asOf.findFiguresAsOf(id, parsed.asOf, parsed.axis),
    ]);
    return { asOf: parsed.asOf, axis: parsed.axis, revision, items };
  }
}
