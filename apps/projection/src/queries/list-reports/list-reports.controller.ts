import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { valueOrBadRequest } from '../http/parsed';
import { ListReportsRepository } from './list-reports.repository';
import { parseReportsQuery } from './reports-query';

@ApiTags('reports')
@Controller('reports')
export class ListReportsController {
  constructor(private readonly reports: ListReportsRepository) {}

  @Get()
  @ApiOperation({ summary: 'Reports, most recently revised first, cursor-paged' })
  @ApiQuery({ name: 'url', required: false, description: 'exact URL (matched in canonical form)' })
  @ApiQuery({ name: 'urlPrefix', required: false, description: 'URL prefix, e.g. https://about.fb.com/news/2018/' })
  @ApiQuery({ name: 'publisher', required: false, description: 'host without www., e.g. about.fb.com' })
  @ApiQuery({ name: 'q', required: false, description: 'text in the title (case-insensitive)' })
  @ApiQuery({ name: 'changedSince', required: false, description: 'revised at or after this ISO 8601 instant' })
  @ApiQuery({ name: 'cursor', required: false, description: '"nextCursor" of the previous page' })
  @ApiQuery({ name: 'limit', required: false, description: 'page size, default 50, at most 500' })
  @ApiOkResponse({ description: '{ items, nextCursor }' })
  @ApiBadRequestResponse({ description: 'an invalid parameter, named in the message' })
  async list(@Query() query: Record<string, unknown>) {
    return this.reports.findReports(valueOrBadRequest(parseReportsQuery(query)));
  }
}
