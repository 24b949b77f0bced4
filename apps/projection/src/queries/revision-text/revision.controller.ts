import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { documentText } from '@palimpsest/text';
import { ConsistencyRepository } from '../consistency/consistency.repository';
import { positiveInteger } from '../http/query-values';
import { requireReport } from '../http/require-report';
import { RevisionDto } from '../http/responses';
import { ReadModelsRepository } from '../read-models.repository';
import { RevisionRepository } from './revision.repository';

class RevisionPathDto extends createZodDto(
  z.object({ id: z.string().describe('report id'), n: positiveInteger('n', 'revision number') }),
) {}

@ApiTags('revisions')
@Controller('reports')
export class RevisionController {
  constructor(
    private readonly readModels: ReadModelsRepository,
    private readonly revisions: RevisionRepository,
    private readonly consistency: ConsistencyRepository,
  ) {}

  @Get(':id/revisions/:n')
  @ApiOperation({ summary: 'One revision as recorded: the normalised document, its text, notes and consistency' })
  @ApiOkResponse({ type: RevisionDto.Output })
  @ApiBadRequestResponse({ description: 'n is not a positive integer' })
  @ApiNotFoundResponse({ description: 'unknown report or revision' })
  async revision(@Param() { id, n: number }: RevisionPathDto) {
    await requireReport(this.readModels, id);
    const revision = await this.revisions.findRevision(id, number);
    if (!revision) throw new NotFoundException(`report ${id} has no revision ${number}`);
    const [amendments, consistency] = await Promise.all([
      this.readModels.findAmendments(id),
      this.consistency.findConsistency(id, number),
    ]);
    return {
      reportId: id,
      ...revision,
      documentText: documentText(revision.document),
      amendments: amendments.filter((amendment: { revision: number }) => amendment.revision === number),
      consistency: consistency[consistency.length - 1] ?? null,
    };
  }
}
