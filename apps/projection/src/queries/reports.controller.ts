import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { requireReport } from './http/require-report';
import { AmendmentListDto, ReportDto, RevisionListDto } from './http/responses';
import { ReadModelsRepository } from './read-models.repository';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly readModels: ReadModelsRepository) {}

  @Get(':id')
  @ApiOperation({ summary: 'One report: URL, publisher, title, first seen, last revised, revision count' })
  @ApiOkResponse({ type: ReportDto.Output })
  @ApiNotFoundResponse({ description: 'unknown report' })
  async get(@Param('id') id: string) {
    return requireReport(this.readModels, id);
  }

  @Get(':id/revisions')
  @ApiOperation({ summary: "A report's revisions with both time axes and their analysis" })
  @ApiOkResponse({ type: RevisionListDto.Output })
  @ApiNotFoundResponse({ description: 'unknown report' })
  async revisions(@Param('id') id: string) {
    await requireReport(this.readModels, id);
    return { items: await this.readModels.findRevisions(id) };
  }

  @Get(':id/amendments')
  @ApiOperation({ summary: "A report's amendment notes, with the instant each states" })
  @ApiOkResponse({ type: AmendmentListDto.Output })
  @ApiNotFoundResponse({ description: 'unknown report' })
  async amendments(@Param('id') id: string) {
    await requireReport(this.readModels, id);
    return { items: await this.readModels.findAmendments(id) };
  }
}
