import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ExportRequest, ExportResponse, sendRows } from '../exports/send-rows';
import { negotiateFormat } from '../exports/negotiate-format';
import { valueOrBadRequest } from '../http/parsed';
import { CHANGE_COLUMNS } from './change-columns';
import { CHANGE_KINDS, parseChangesQuery, TIME_AXES } from './changes-query';
import { ChangesRepository } from './changes.repository';

@ApiTags('changes')
@Controller()
export class ChangesController {
  constructor(private readonly changes: ChangesRepository) {}

  @Get(['changes', 'changes.csv', 'changes.jsonl'])
  @ApiOperation({
    summary: 'Figure changes across all reports, oldest first, cursor-paged',
    description:
      'CSV or JSON Lines with `Accept: text/csv` / `application/x-ndjson` or the `.csv` / `.jsonl` suffix; ' +
      'the next page of an export is named in the `X-Next-Cursor` header.',
  })
  @ApiQuery({ name: 'since', required: false, description: 'ISO 8601 instant, inclusive' })
  @ApiQuery({ name: 'until', required: false, description: 'ISO 8601 instant, exclusive' })
  @ApiQuery({
    name: 'axis',
    required: false,
    enum: TIME_AXES,
    description: 'time bounded by since/until (default observed)',
  })
  @ApiQuery({ name: 'report', required: false, description: 'report id' })
  @ApiQuery({ name: 'key', required: false, description: 'figure key' })
  @ApiQuery({ name: 'kind', required: false, enum: CHANGE_KINDS })
  @ApiQuery({ name: 'silent', required: false, enum: ['true', 'false'], description: 'only silent edits' })
  @ApiQuery({ name: 'cursor', required: false, description: '"nextCursor" of the previous page' })
  @ApiQuery({ name: 'limit', required: false, description: 'page size (JSON: 100, at most 1000; exports: 10000)' })
  @ApiProduces('application/json', 'text/csv', 'application/x-ndjson')
  @ApiOkResponse({ description: '{ items, nextCursor } or the export' })
  @ApiBadRequestResponse({ description: 'an invalid parameter, named in the message' })
  async list(
    @Query() query: Record<string, unknown>,
    @Req() request: ExportRequest,
    @Res({ passthrough: true }) response: ExportResponse,
  ) {
    const exporting = negotiateFormat(request.path, request.headers.accept) !== 'json';
    const page = await this.changes.findChanges(valueOrBadRequest(parseChangesQuery(query, exporting)));
    if (page.nextCursor) response.setHeader('X-Next-Cursor', page.nextCursor);
    return sendRows(request, response, CHANGE_COLUMNS, page.items, () => page);
  }
}
