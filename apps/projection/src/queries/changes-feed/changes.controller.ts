import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ExportRequest, ExportResponse, sendRows } from '../exports/send-rows';
import { negotiateFormat } from '../exports/negotiate-format';
import { ChangesPageDto } from '../http/responses';
import { CHANGE_COLUMNS } from './change-columns';
import { ChangesQueryDto, pageSize } from './changes-query';
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
  @ApiProduces('application/json', 'text/csv', 'application/x-ndjson')
  @ApiOkResponse({ type: ChangesPageDto.Output, description: '{ items, nextCursor } or the export' })
  @ApiBadRequestResponse({ description: 'an invalid parameter, named in the message' })
  async list(
    @Query() query: ChangesQueryDto,
    @Req() request: ExportRequest,
    @Res({ passthrough: true }) response: ExportResponse,
  ) {
    const exporting = negotiateFormat(request.path, request.headers.accept) !== 'json';
    const page = await this.changes.findChanges({ ...query, limit: pageSize(query.limit, exporting) });
    if (page.nextCursor) response.setHeader('X-Next-Cursor', page.nextCursor);
    return sendRows(request, response, CHANGE_COLUMNS, page.items, () => page);
  }
}
