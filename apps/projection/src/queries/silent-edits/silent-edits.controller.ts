import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { valueOrBadRequest } from '../http/parsed';
import { instant, limit, text } from '../http/query-values';
import { SilentEditsRepository } from './silent-edits.repository';

@ApiTags('changes')
@Controller('silent-edits')
export class SilentEditsController {
  constructor(private readonly silentEdits: SilentEditsRepository) {}

  @Get()
  @ApiOperation({ summary: 'Revisions that changed figures without a new amendment note, newest first' })
  @ApiQuery({ name: 'since', required: false, description: 'observed at or after this ISO 8601 instant' })
  @ApiQuery({ name: 'report', required: false, description: 'report id' })
  @ApiQuery({ name: 'limit', required: false, description: 'default 100, at most 1000' })
  @ApiOkResponse({ description: '{ items }' })
  @ApiBadRequestResponse({ description: 'an invalid parameter, named in the message' })
  async list(@Query() query: Record<string, unknown>) {
    const filter = {
      since: valueOrBadRequest(instant('since', query.since)),
      reportId: valueOrBadRequest(text('report', query.report, 200)),
      limit: valueOrBadRequest(limit(query.limit, 100, 1_000)),
    };
    return { items: await this.silentEdits.findSilentEdits(filter) };
  }
}
