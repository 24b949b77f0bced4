import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import { instant, limit, text } from '../http/query-values';
import { SilentEditListDto } from '../http/responses';
import { SilentEditsRepository } from './silent-edits.repository';

class SilentEditsQueryDto extends createZodDto(
  z
    .object({
      since: instant('since', 'observed at or after this instant'),
      report: text('report', 'report id', 200),
      limit: limit(100, 1_000),
    })
    .transform(({ report, ...rest }) => ({ ...rest, reportId: report })),
) {}

@ApiTags('changes')
@Controller('silent-edits')
export class SilentEditsController {
  constructor(private readonly silentEdits: SilentEditsRepository) {}

  @Get()
  @ApiOperation({ summary: 'Revisions that changed figures without a new amendment note, newest first' })
  @ApiOkResponse({ type: SilentEditListDto.Output })
  @ApiBadRequestResponse({ description: 'an invalid parameter, named in the message' })
  async list(@Query() filter: SilentEditsQueryDto) {
    return { items: await this.silentEdits.findSilentEdits(filter) };
  }
}
