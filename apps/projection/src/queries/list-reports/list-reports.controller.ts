import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ReportPageDto } from '../http/responses';
import { ListReportsRepository } from './list-reports.repository';
import { ReportsQueryDto } from './reports-query';

@ApiTags('reports')
@Controller('reports')
export class ListReportsController {
  constructor(private readonly reports: ListReportsRepository) {}

  @Get()
  @ApiOperation({ summary: 'Reports, most recently revised first, cursor-paged' })
  @ApiOkResponse({ type: ReportPageDto.Output })
  @ApiBadRequestResponse({ description: 'an invalid parameter, named in the message' })
  async list(@Query() query: ReportsQueryDto) {
    return this.reports.findReports(query);
  }
}
