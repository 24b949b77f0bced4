import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { TIME_AXES } from '../changes-feed/changes-query';
import { valueOrBadRequest } from '../http/parsed';
import { requireReport } from '../http/require-report';
import { ReadModelsRepository } from '../read-models.repository';
import { FiguresAsOfRepository } from './figures-as-of.repository';
import { parseFiguresQuery } from './figures-query';

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
  @ApiQuery({ name: 'asOf', required: false, description: 'ISO 8601 instant, e.g. 2018-10-26T20:00:00Z' })
  @ApiQuery({ name: 'axis', required: false, enum: TIME_AXES, description: 'default effective; needs asOf' })
  @ApiOkResponse({ description: '{ items } now; { asOf, axis, revision, items } as of an instant' })
  @ApiBadRequestResponse({ description: 'a malformed asOf or an unknown axis, named in the message' })
  async figures(@Param('id') id: string, @Query() query: Record<string, unknown>) {
    const parsed = valueOrBadRequest(parseFiguresQuery(query));
    await requireReport(this.readModels, id);
    if (parsed.asOf === null) return { items: await this.readModels.findCurrentFigures(id) };
    const [revision, items] = await Promise.all([
      this.asOf.findRevisionAt(id, parsed.asOf, parsed.axis),
      this.asOf.findFiguresAsOf(id, parsed.asOf, parsed.axis),
    ]);
    return { asOf: parsed.asOf, axis: parsed.axis, revision, items };
  }
}
